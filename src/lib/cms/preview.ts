/**
 * The editor's preview of an article: the site's own stylesheet and the same
 * markup as the published page (src/components/ArticlePage.astro and
 * AwardTable.astro: dateline, title, lede, meta, cover, body, byline, award
 * table), labels from src/lib/i18n/vi.ts. Written as a small classic script
 * (no eval, no inline code: the /admin/ CSP allows 'self' scripts only) that
 * registers a preview template with the CMS's `h` (React.createElement).
 */
import { labels } from '../i18n/vi.ts';
import { KIND_LABELS } from '../domain/vocabulary.ts';

export interface PreviewInput {
  /** Site stylesheets (hrefs as the pages link them). */
  stylesheets: string[];
  awardNames: Record<string, string>;
  honoreeNames: Record<string, string>;
}

const STRINGS = {
  kinds: KIND_LABELS,
  location: labels.location,
  period: labels.period,
  author: labels.author,
  source: labels.source,
  awardsAnnounced: labels.awardsAnnounced,
  awardType: labels.awardType,
  year: labels.year,
  recipients: labels.recipients,
  decision: labels.decision,
  draft: 'Bản nháp — chưa đăng',
};

export function previewScript(input: PreviewInput): string {
  const data = JSON.stringify({ ...input, strings: STRINGS });
  return `(function () {
  'use strict';
  var CMS = window.CMS, h = window.h;
  if (!CMS || !h) return;
  var D = ${data};
  D.stylesheets.forEach(function (href) { CMS.registerPreviewStyle(href); });
  CMS.registerPreviewStyle('preview.css');
  var S = D.strings;
  function get(entry, path) { var v = entry.getIn(['data'].concat(path)); return v && v.toJS ? v.toJS() : v; }
  function vnDate(d) { var m = /^(\\d{4})-(\\d{2})-(\\d{2})/.exec(String(d || '')); return m ? m[3] + '/' + m[2] + '/' + m[1] : String(d || ''); }
  function ArticlePreview(props) {
    var e = props.entry, kind = get(e, ['kind']), cover = get(e, ['cover']), awards = get(e, ['awards']) || [];
    var meta = [];
    if (get(e, ['location'])) meta.push(h('li', { key: 'l' }, S.location + ': ' + get(e, ['location'])));
    if (get(e, ['period'])) meta.push(h('li', { key: 'p' }, S.period + ': ' + get(e, ['period'])));
    var src = cover && cover.src ? String(props.getAsset(cover.src) || cover.src) : null;
    var rows = awards.map(function (a, i) {
      var decision = [a.decision, a.decision_date ? 'ngày ' + vnDate(a.decision_date) : ''].filter(Boolean).join(', ');
      return h('tr', { key: i },
        h('td', null, D.awardNames[a.award] || a.award || '', a.reason ? [h('br', { key: 'b' }), h('small', { key: 's' }, a.reason)] : null),
        h('td', { className: 'num' }, a.year),
        h('td', null, h('ul', { className: 'recipients' }, (a.recipients || []).map(function (r) { return h('li', { key: r }, D.honoreeNames[r] || r); }))),
        h('td', null, decision));
    });
    return h('main', { id: 'main' }, h('article', null,
      get(e, ['draft']) ? h('p', { className: 'callout' }, S.draft) : null,
      h('p', { className: 'dateline' }, h('span', { className: 'kind-tag' }, S.kinds[kind] || kind || ''), ' ', h('time', null, vnDate(get(e, ['date'])))),
      h('h1', null, get(e, ['title']) || ''),
      h('p', { className: 'lede' }, get(e, ['summary']) || ''),
      meta.length ? h('ul', { className: 'meta' }, meta) : null,
      src ? h('figure', { className: 'cover' }, h('img', { src: src, alt: cover.alt || '' }), cover.caption ? h('figcaption', null, cover.caption) : null) : null,
      h('div', { className: 'article-body' }, props.widgetFor('body')),
      get(e, ['author']) || get(e, ['source']) ? h('p', { className: 'byline' }, [get(e, ['author']) ? S.author + ': ' + get(e, ['author']) : '', get(e, ['source']) ? S.source + ': ' + get(e, ['source']) : ''].filter(Boolean).join(' · ')) : null,
      rows.length ? h('section', null, h('h2', null, S.awardsAnnounced), h('div', { className: 'table-wrap' }, h('table', null,
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, S.awardType), h('th', { scope: 'col', className: 'num' }, S.year), h('th', { scope: 'col' }, S.recipients), h('th', { scope: 'col' }, S.decision))),
        h('tbody', null, rows)))) : null));
  }
  CMS.registerPreviewTemplate('articles', ArticlePreview);
})();
`;
}
