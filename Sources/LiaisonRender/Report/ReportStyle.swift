/// The style sheet of ``HTMLReport``: system fonts only (nothing to fetch), a readable column on
/// screens, event cards on phones, A4 pages in print.
enum ReportStyle {
    static let css = """
        :root { --ink: #1c2430; --muted: #5a6472; --rule: #d8dde4; --tint: #f3f5f8; --accent: #1d5c96; --planned: #7a4d00; --planned-bg: #fff2d4; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif, "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"; }
        .page { max-width: 74rem; margin: 0 auto; padding: 1.75rem 1.5rem 3rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: .15rem 0 .4rem; overflow-wrap: break-word; }
        h2 { font-size: 1.35rem; line-height: 1.25; margin: 2.4rem 0 .9rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .5rem; }
        a { color: var(--accent); }
        .kicker { margin: 0; font-size: .75rem; letter-spacing: .09em; text-transform: uppercase; color: var(--muted); }
        .lede { margin: 0 0 1rem; font-size: 1.05rem; color: var(--muted); }
        .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(7.5rem, 1fr)); gap: .5rem; margin: 1rem 0 1.2rem; }
        .facts div { background: var(--tint); border-radius: 6px; padding: .45rem .75rem .5rem; }
        .facts div.wide { grid-column: span 2; }
        .facts div.wide dd { font-size: 1.05rem; }
        .facts dt { font-size: .7rem; letter-spacing: .07em; text-transform: uppercase; color: var(--muted); }
        .facts dd { margin: 0; font-size: 1.15rem; font-weight: 600; line-height: 1.3; }
        .facts small { font-size: .75rem; font-weight: 400; color: var(--muted); white-space: nowrap; }
        .toc { display: flex; flex-wrap: wrap; gap: .25rem 1.1rem; font-size: .9rem; padding: .5rem 0; border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); }
        .toc a { text-decoration: none; }
        figure { margin: 0; }
        .figure-frame { border: 1px solid var(--rule); border-radius: 6px; padding: .75rem; background: #fff; overflow-x: auto; text-align: center; }
        @media (min-width: 78rem) {
          /* On wide screens a drawing may use more than the text column: up to 120rem. */
          .figure-frame { margin-inline: min(0px, calc((100% - min(100vw - 3rem, 120rem)) / 2)); }
        }
        svg.drawing { display: inline-block; max-width: 100%; height: auto; vertical-align: top; }
        figcaption { margin-top: .45rem; font-size: .88em; color: var(--muted); }
        .missing { padding: .75rem 1rem; border: 1px dashed var(--rule); border-radius: 6px; color: var(--muted); background: var(--tint); }
        table { width: 100%; border-collapse: collapse; font-size: .9em; }
        th, td { text-align: left; vertical-align: top; padding: .5rem .55rem; border-bottom: 1px solid var(--rule); overflow-wrap: break-word; }
        thead th { font-size: .7rem; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); border-bottom: 2px solid var(--ink); vertical-align: bottom; }
        tbody th { font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .table-scroll { overflow-x: auto; }
        table.events, table.index { table-layout: fixed; }
        table.events thead th:nth-child(1) { width: 14%; }
        table.events thead th:nth-child(2) { width: 13%; }
        table.events thead th:nth-child(3) { width: 16%; }
        table.events thead th:nth-child(4) { width: 10%; }
        table.events thead th:nth-child(5) { width: 9%; }
        table.events thead th:nth-child(6) { width: 38%; }
        table.index thead th:nth-child(1) { width: 20%; }
        table.index thead th:nth-child(2) { width: 24%; }
        table.index thead th:nth-child(3) { width: 16%; }
        table.index thead th:nth-child(4), table.index thead th:nth-child(5) { width: 9%; }
        table.index thead th:nth-child(6), table.index thead th:nth-child(7) { width: 11%; }
        table.index td.day { white-space: nowrap; }
        .precision, .words, .conflict { display: block; font-size: .87em; color: var(--muted); white-space: normal; }
        .conflict { color: #9b2c2c; }
        .summary { display: block; margin-top: .25rem; }
        .names { list-style: none; margin: 0; padding: 0; }
        .names li + li { margin-top: .15rem; }
        .host { font-size: .8em; color: var(--muted); }
        .tag { display: inline-block; font-size: .83em; line-height: 1.5; padding: 0 .45rem; border-radius: 999px; background: var(--tint); border: 1px solid var(--rule); white-space: nowrap; }
        .status-planned { background: var(--planned-bg); color: var(--planned); border-color: #f0d79c; }
        tr.planned td.date time { font-style: italic; }
        blockquote { margin: 0 0 .3rem; padding: .05rem 0 .05rem .65rem; border-left: 3px solid var(--rule); white-space: pre-line; font-size: .97em; }
        .cite a.ref { text-decoration: none; }
        .cite { margin: 0 0 .65rem; font-size: .88em; color: var(--muted); overflow-wrap: anywhere; }
        .path { font-size: .9em; color: var(--muted); overflow-wrap: anywhere; }
        .none { color: var(--muted); }
        .aliases { color: var(--muted); }
        ol.sources { padding-left: 1.4rem; }
        ol.sources li { margin-bottom: .45rem; }
        ol.sources .details { display: block; font-size: .9em; color: var(--muted); }
        .colophon { margin-top: 3rem; padding-top: .75rem; border-top: 1px solid var(--rule); font-size: .85em; color: var(--muted); }

        @media (max-width: 46rem) {
          body { font-size: 15px; }
          .page { padding: 1rem .85rem 2rem; }
          h1 { font-size: 1.5rem; }
          h2 { margin-top: 1.8rem; }
          .facts { grid-template-columns: repeat(3, 1fr); gap: .4rem; }
          .facts div { padding: .35rem .55rem .4rem; }
          .facts div.wide { grid-column: 1 / -1; }
          .facts dd { font-size: 1.05rem; }
          table.events, table.events tbody, table.events td { display: block; width: auto; }
          table.events thead { display: none; }
          table.events tr { display: grid; grid-template-columns: 1fr 1fr; column-gap: .9rem; margin: 0 0 .8rem; padding: .45rem .8rem .55rem; border: 1px solid var(--rule); border-radius: 8px; }
          table.events td { padding: .25rem 0; border: 0; white-space: normal; }
          table.events td.participants, table.events td.evidence { grid-column: 1 / -1; }
          table.events td::before { content: attr(data-label); display: block; font-size: .66rem; letter-spacing: .07em; text-transform: uppercase; color: var(--muted); }
          table.events td.evidence { border-top: 1px solid var(--tint); margin-top: .2rem; padding-top: .45rem; }
          .precision, .words, .conflict { display: inline; margin-right: .4rem; }
          .precision::before, .words::before, .conflict::before { content: " · "; }
          table.index, table.index tbody, table.index td, table.index th { display: block; width: auto; }
          table.index thead { display: none; }
          table.index tr { display: grid; grid-template-columns: repeat(4, 1fr); column-gap: .6rem; padding: .5rem 0; border-bottom: 1px solid var(--rule); }
          table.index th, table.index td { border: 0; padding: .1rem 0; text-align: left; }
          table.index th[scope="row"], table.index td.roles, table.index td.aliases { grid-column: 1 / -1; }
          table.index td:empty { display: none; }
          table.index td.num::before, table.index td.day::before { content: attr(data-label); display: block; font-size: .64rem; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
          table.index td.aliases::before { content: "also called "; color: var(--muted); }
        }

        @page { size: A4; margin: 14mm 12mm 15mm; }
        /* The heading and the timeline, which is wide, print across a landscape page. */
        @page wide { size: A4 landscape; margin: 12mm 14mm; }
        @media print {
          body { font-size: 9pt; line-height: 1.4; }
          .page { max-width: none; padding: 0; }
          .toc { display: none; }
          h1 { font-size: 18pt; }
          h2 { font-size: 13pt; margin-top: 8mm; break-after: avoid; }
          h3 { break-after: avoid; }
          .lede { font-size: 10pt; }
          .facts { grid-template-columns: repeat(8, 1fr); gap: 2mm; }
          .facts div.wide dd { font-size: 10pt; }
          th, td { padding: 1.2mm 1.3mm; }
          thead th { font-size: 6.5pt; letter-spacing: 0; }
          .tag { border: 0; background: none; padding: 0; font-size: 1em; color: var(--ink); }
          .status-planned { font-style: italic; color: var(--planned); }
          table.events thead th:nth-child(1) { width: 13%; }
          table.events thead th:nth-child(2) { width: 12%; }
          table.events thead th:nth-child(3) { width: 16%; }
          table.events thead th:nth-child(4) { width: 11%; }
          table.events thead th:nth-child(5) { width: 9%; }
          table.events thead th:nth-child(6) { width: 39%; }
          .facts div { border: 1px solid var(--rule); background: none; padding: 1.5mm 2.5mm; }
          .facts dd { font-size: 11pt; }
          .facts dt { font-size: 6.5pt; }
          .figure-section { break-inside: avoid; }
          .masthead, #timeline { page: wide; }
          #network { break-before: page; }
          .figure-frame { border: 0; padding: 0; overflow: visible; margin-inline: 0; }
          svg.drawing { min-width: 0 !important; max-height: 235mm; }
          thead { display: table-header-group; }
          tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          .cite a[href^="http"]::after { content: " — " attr(href); color: var(--muted); }
          .table-scroll { overflow: visible; }
          table.index td.day { white-space: normal; }
        }

        """
}
