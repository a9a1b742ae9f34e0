/**
 * The content model as the rest of the code sees it: plain, validated,
 * normalised (NFC) data. Built from the files by source/read.ts.
 */
import type { ArticleKind, AwardGroup, AwardLevel, HonoreeType } from './vocabulary.ts';

export interface Site {
  name: string;
  owner: string;
  province: string;
  base_url: string;
  description?: string;
  contact?: { address?: string; phone?: string; email?: string };
  demo?: boolean;
  /** Header emblem: a path relative to site.yaml; once Astro has loaded it, an image it can optimise. */
  logo?: string | object;
  /** Licence of the open data. */
  license?: string;
}

export interface AwardType {
  id: string;
  name: string;
  group: AwardGroup;
  for: HonoreeType[];
  level: AwardLevel;
  rank: number;
  basis: string;
  description?: string;
  /** Where it is defined (repo-relative path). */
  file: string;
}

export interface Honoree {
  id: string;
  name: string;
  type: HonoreeType;
  parent?: string;
  position?: string;
  formerly?: string[];
  /** Collectives only: the collective it merged into or became. */
  successor?: string;
  /** With successor: first day it no longer existed under this name (YYYY-MM-DD). */
  until?: string;
  file: string;
  /** Position in its file's list, for error messages (`[3].name`); absent when the file holds one honoree as a mapping. */
  index?: number;
}

export interface Bloc {
  id: string;
  name: string;
  short?: string;
  description?: string;
  members: string[];
  heads?: Record<string, string>;
  deputies?: Record<string, string>;
  file: string;
}

export interface AwardEntry {
  award: string;
  year: number;
  recipients: string[];
  decision?: string;
  decision_date?: string;
  reason?: string;
  /** The award was later revoked: it stays on every page, marked, and is not counted. */
  revoked?: Revocation;
}

export interface Revocation {
  decision: string;
  date: string;
  reason?: string;
}

/** A decision record (content/decisions/<year>/<id>.yaml). */
export interface DecisionRecord {
  /** File name without .yaml. */
  id: string;
  number: string;
  date: string;
  issuer?: string;
  signer?: string;
  title?: string;
  /** As written: a path relative to the record. */
  document?: string;
  /** Repo-relative path of the PDF, once checked (absent when there is none or it was refused). */
  documentFile?: string;
  /** Size of the PDF in bytes. */
  documentBytes?: number;
  /** Repo-relative path of the record. */
  file: string;
  /** Name of the year folder the record sits in. */
  folderYear: string;
}

/**
 * A cover photo. In the content model `src` is a path relative to the article;
 * once Astro has loaded it, an image it can optimise (opaque to the domain).
 */
export interface Cover {
  src: string | object;
  alt: string;
  caption?: string;
}

export interface Article {
  slug: string;
  /** Repo-relative path of the source file. */
  file: string;
  format: 'md' | 'mdx';
  /** Name of the year folder the file sits in. */
  folderYear: string;
  title: string;
  date: string;
  kind: ArticleKind;
  summary: string;
  period?: string;
  blocs?: string[];
  location?: string;
  author?: string;
  source?: string;
  cover?: Cover;
  tags?: string[];
  awards?: AwardEntry[];
  aliases?: string[];
  /** Date of the last substantive change, from front matter. */
  updated?: string;
  draft?: boolean;
  /** Markdown body (front matter removed), NFC. */
  body: string;
}

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
