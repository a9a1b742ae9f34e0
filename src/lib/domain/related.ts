/** "Other news" and previous/next for an article page. */
import type { Portal } from './portal.ts';
import type { Article } from './types.ts';

/** Up to `limit` other articles: same bloc first, then same kind, newest first. */
export function otherNews(portal: Portal, article: Article, limit: number): Article[] {
  const out: Article[] = [];
  const seen = new Set([article.slug]);
  const add = (list: readonly Article[]) => {
    for (const a of list) {
      if (out.length >= limit) return;
      if (!seen.has(a.slug)) {
        seen.add(a.slug);
        out.push(a);
      }
    }
  };
  for (const b of article.blocs ?? []) add(portal.articlesByBloc.get(b) ?? []);
  add(portal.byKind.get(article.kind) ?? []);
  return out;
}

/** The next newer and next older published article. */
export function neighbours(portal: Portal, article: Article): { newer?: Article; older?: Article } {
  const i = portal.articleIndex.get(article.slug) ?? -1;
  return { newer: i > 0 ? portal.articles[i - 1] : undefined, older: i >= 0 ? portal.articles[i + 1] : undefined };
}
