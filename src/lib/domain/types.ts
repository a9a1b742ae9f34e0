/**
 * The content model as the rest of the code sees it: plain, validated,
 * normalised (NFC) data. Built from the files by source/read.ts.
 */
import type { ArticleData, AwardEntry as AwardEntryData } from '../../schemas/article.ts';
import type { AwardTypeData } from '../../schemas/award-type.ts';
import type { BlocData } from '../../schemas/bloc.ts';
import type { DecisionData } from '../../schemas/decision.ts';
import type { HonoreeData } from '../../schemas/honoree.ts';
import type { SiteData } from '../../schemas/site.ts';

// Each type is the output of its zod schema (src/schemas: one source for the build's checks, the web
// editor's form and these types), plus what the reader adds: where the file is, its slug, its body.

/** content/site.yaml. */
export type Site = SiteData;

/** An item of content/award-types.yaml, and where it is defined (repo-relative path). */
export type AwardType = AwardTypeData & { file: string };

/**
 * An honoree, the file it is in, and its position in that file's list for error messages (`[3].name`);
 * no position when the file holds one honoree as a mapping.
 */
export type Honoree = HonoreeData & { file: string; index?: number };

/** content/blocs/<id>.yaml: its id is the file name. */
export type Bloc = BlocData & { id: string; file: string };

/** An entry of an article's `awards`. */
export type AwardEntry = AwardEntryData;

/** An award entry's `revoked`: it stays on every page, marked, and is not counted. */
export type Revocation = NonNullable<AwardEntry['revoked']>;

/** A decision record (content/decisions/<year>/<id>.yaml), its file and its checked document. */
export type DecisionRecord = DecisionData & {
  /** File name without .yaml. */
  id: string;
  /** Repo-relative path of the PDF, once checked (absent when there is none or it was refused). */
  documentFile?: string;
  /** Size of the PDF in bytes. */
  documentBytes?: number;
  /** Repo-relative path of the record. */
  file: string;
  /** Name of the year folder the record sits in. */
  folderYear: string;
};

/** A cover photo: `src` is a path relative to the article (Astro resolves the image, src/data/portal.ts). */
export type Cover = NonNullable<ArticleData['cover']>;

/** An article: its front matter, and what its file gives. */
export type Article = ArticleData & {
  slug: string;
  /** Repo-relative path of the source file. */
  file: string;
  format: 'md' | 'mdx';
  /** Name of the year folder the file sits in. */
  folderYear: string;
  /** Markdown body (front matter removed), NFC. */
  body: string;
};

/** Everything read from content/, drafts included. */
export interface ContentSet {
  site: Site | undefined;
  awardTypes: AwardType[];
  blocs: Bloc[];
  honorees: Honoree[];
  articles: Article[];
  /** Decision records; optional so that older callers (tests, tools) stay valid. */
  decisions?: DecisionRecord[];
}
