/**
 * Cross-checks that no schema can do alone: references between files, award
 * rules, bloc heads, duplicate ids and slugs, alias collisions, personal data.
 */
import { problem, type Problem } from '../errors/problem.ts';
import type { ContentSet } from './types.ts';
import { HONOREE_TYPE_LABELS } from './vocabulary.ts';
import { describePersonalData, findPersonalData } from './privacy.ts';
import { aliasTarget, reservedAlias } from '../routing/reserved.ts';

/** Paths every alias must avoid, given the content (see routing/paths.ts). */
export type PagePathsOf = (set: ContentSet) => Iterable<string>;

export function crossCheck(set: ContentSet, pagePaths: PagePathsOf, publicFiles: readonly string[] = []): Problem[] {
  const out: Problem[] = [];
  const awardTypes = new Map(set.awardTypes.map((a) => [a.id, a]));
  const honorees = new Map<string, ContentSet['honorees'][number]>();
  const blocs = new Map(set.blocs.map((b) => [b.id, b]));

  // Duplicate ids: name every file involved.
  for (const a of dupes(set.awardTypes, (a) => a.id)) {
    out.push(
      problem(
        a.item.file,
        `[${set.awardTypes.indexOf(a.item)}].id`,
        `id "${a.item.id}" đã dùng cho một loại khen thưởng khác ở ${a.first.file} — mỗi id chỉ dùng một lần`,
      ),
    );
  }
  for (const h of set.honorees) {
    const first = honorees.get(h.id);
    if (first)
      out.push(
        problem(
          h.file,
          honoreeField(h, 'id'),
          `id "${h.id}" đã dùng cho "${first.name}" ở ${first.file}${first.index === undefined ? '' : `[${first.index}]`} — mỗi id chỉ dùng một lần, kể cả giữa các tệp`,
        ),
      );
    else honorees.set(h.id, h);
  }
  for (const b of dupes(set.blocs, (b) => b.id)) {
    out.push(problem(b.item.file, undefined, `khối thi đua "${b.item.id}" đã có ở ${b.first.file} — mỗi khối một tệp`));
  }
  for (const a of dupes(set.articles, (a) => a.slug)) {
    out.push(
      problem(
        a.item.file,
        undefined,
        `tên tệp (slug) "${a.item.slug}" đã dùng cho bài ${a.first.file} — slug phải khác nhau giữa mọi năm, vì địa chỉ bài là /tin-tuc/<slug>/`,
      ),
    );
  }

  // Honorees: parents, positions, personal data.
  for (const h of set.honorees) {
    const at = (f: string) => honoreeField(h, f);
    if (h.parent !== undefined) {
      const parent = honorees.get(h.parent);
      if (!parent)
        out.push(
          problem(
            h.file,
            at('parent'),
            `không có đơn vị nào có id "${h.parent}" — cần id của một tập thể trong content/honorees/`,
          ),
        );
      else if (parent.type !== 'tap-the')
        out.push(problem(h.file, at('parent'), `"${h.parent}" là cá nhân — đơn vị chủ quản phải là một tập thể`));
      else if (hasCycle(h.id, honorees))
        out.push(problem(h.file, at('parent'), `đơn vị chủ quản tạo thành vòng lặp (${h.id} → … → ${h.id})`));
    }
    if (h.position !== undefined && h.type !== 'ca-nhan') {
      out.push(
        problem(h.file, at('position'), 'chức vụ chỉ dùng cho cá nhân (type: ca-nhan) — xoá trường này hoặc sửa type'),
      );
    }
    const texts: [string, string][] = [
      ['id', h.id],
      ['name', h.name],
      ['position', h.position ?? ''],
    ];
    (h.formerly ?? []).forEach((f, i) => texts.push([`formerly[${i}]`, f]));
    for (const [field, text] of texts) {
      for (const hit of findPersonalData(text)) out.push(problem(h.file, at(field), describePersonalData(hit)));
    }
  }

  // Blocs: members are existing collectives; heads and deputies are members.
  for (const b of set.blocs) {
    const members = new Set(b.members);
    b.members.forEach((m, i) => {
      const h = honorees.get(m);
      if (!h)
        out.push(
          problem(
            b.file,
            `members[${i}]`,
            `không có đơn vị nào có id "${m}" — cần id của một tập thể trong content/honorees/`,
          ),
        );
      else if (h.type !== 'tap-the')
        out.push(problem(b.file, `members[${i}]`, `"${m}" là cá nhân — thành viên khối thi đua phải là tập thể`));
    });
    for (const m of dupes(b.members, (x) => x))
      out.push(
        problem(
          b.file,
          `members[${b.members.indexOf(m.item, b.members.indexOf(m.item) + 1)}]`,
          `"${m.item}" được ghi hai lần trong danh sách thành viên`,
        ),
      );
    for (const role of ['heads', 'deputies'] as const) {
      for (const [year, who] of Object.entries(b[role] ?? {})) {
        if (!members.has(who)) {
          out.push(
            problem(
              b.file,
              `${role}.${year}`,
              `"${who}" không phải thành viên của khối — ${role === 'heads' ? 'trưởng khối' : 'phó khối'} phải có trong members`,
            ),
          );
        }
      }
    }
    for (const [year, who] of Object.entries(b.deputies ?? {})) {
      if (b.heads?.[year] === who)
        out.push(problem(b.file, `deputies.${year}`, `"${who}" vừa là trưởng khối vừa là phó khối năm ${year}`));
    }
  }

  // Articles: blocs, awards, recipients, award rules, cover.
  for (const a of set.articles) {
    (a.blocs ?? []).forEach((id, i) => {
      if (!blocs.has(id))
        out.push(
          problem(
            a.file,
            `blocs[${i}]`,
            `không có khối thi đua nào có id "${id}" — cần tên một tệp trong content/blocs/ (không có đuôi .yaml)`,
          ),
        );
    });
    (a.awards ?? []).forEach((entry, i) => {
      const type = awardTypes.get(entry.award);
      if (!type)
        out.push(
          problem(
            a.file,
            `awards[${i}].award`,
            `không có loại khen thưởng nào có id "${entry.award}" — cần một id trong content/award-types.yaml`,
          ),
        );
      entry.recipients.forEach((r, j) => {
        const field = `awards[${i}].recipients[${j}]`;
        const h = honorees.get(r);
        if (!h) {
          out.push(
            problem(
              a.file,
              field,
              `không có tập thể hay cá nhân nào có id "${r}" — thêm vào content/honorees/ hoặc sửa id`,
            ),
          );
        } else if (type && !type.for.includes(h.type)) {
          out.push(
            problem(
              a.file,
              field,
              `"${type.name}" không trao cho ${HONOREE_TYPE_LABELS[h.type].toLowerCase()} ("${h.name}" là ${HONOREE_TYPE_LABELS[h.type].toLowerCase()}) — loại này chỉ dành cho: ${type.for.map((t) => HONOREE_TYPE_LABELS[t].toLowerCase()).join(', ')} (bài ghi: recipients "${r}", award "${entry.award}")`,
            ),
          );
        }
      });
      for (const d of dupes(entry.recipients, (x) => x)) {
        out.push(problem(a.file, `awards[${i}].recipients`, `"${d.item}" được ghi hai lần trong cùng một khen thưởng`));
      }
    });
    if (a.date && a.folderYear !== a.date.slice(0, 4)) {
      out.push(
        problem(
          a.file,
          'date',
          `ngày ${a.date} không thuộc năm của thư mục ${a.folderYear} — chuyển tệp sang content/articles/${a.date.slice(0, 4)}/ (địa chỉ bài không đổi)`,
          { severity: 'warning' },
        ),
      );
    }
  }

  // Aliases: never on a page, never twice.
  // Drafts included: a draft's page appears the day it is published.
  const pages = new Set([...pagePaths(set), ...set.articles.map((a) => `/tin-tuc/${a.slug}/`)]);
  const aliasOwner = new Map<string, string>();
  for (const a of set.articles) {
    (a.aliases ?? []).forEach((raw, i) => {
      if (typeof raw !== 'string') return;
      const path = aliasTarget(raw);
      const field = `aliases[${i}]`;
      const reserved = reservedAlias(raw, publicFiles);
      if (reserved)
        out.push(
          problem(
            a.file,
            field,
            `"${raw}" ${reserved} — đường dẫn cũ phải là một địa chỉ khác, ví dụ /tin-tuc/ten-cu/`,
          ),
        );
      else if (pages.has(path))
        out.push(
          problem(a.file, field, `"${raw}" là địa chỉ của một trang đang có — đường dẫn cũ không được trùng trang nào`),
        );
      const owner = aliasOwner.get(path);
      if (owner)
        out.push(
          problem(a.file, field, `"${raw}" đã là đường dẫn cũ của ${owner} — mỗi đường dẫn cũ chỉ chuyển về một bài`),
        );
      else aliasOwner.set(path, a.file);
    });
  }
  return out;
}

function dupes<T>(items: readonly T[], key: (item: T) => string): { item: T; first: T }[] {
  const seen = new Map<string, T>();
  const out: { item: T; first: T }[] = [];
  for (const item of items) {
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined) out.push({ item, first });
    else seen.set(k, item);
  }
  return out;
}

function hasCycle(start: string, honorees: Map<string, { parent?: string }>): boolean {
  const seen = new Set<string>();
  let current: string | undefined = start;
  while (current !== undefined) {
    if (seen.has(current)) return current === start; // a loop further up is reported on its own members
    seen.add(current);
    current = honorees.get(current)?.parent;
  }
  return false;
}

/** A field of an honoree for messages: `[3].name` in a list file, `name` in a one-honoree file. */
function honoreeField(h: { index?: number }, field: string): string {
  return h.index === undefined ? field : `[${h.index}].${field}`;
}
