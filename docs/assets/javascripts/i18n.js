/* Language switcher: keep the reader's page and section.

   The switcher links (hooks/i18n_site.py) point at the twin page, and every
   heading has the same id in both languages, so the twin has the same
   #fragment: carry it along.

   Material's own alternate-language handler assumes each <link rel=alternate>
   is a language's root: it fetches <that URL>/sitemap.xml and, on a click,
   navigates itself and drops the fragment. Our hreflang links are per page
   (what search engines want), so that handler is stopped here (capture phase,
   before it runs) and its sitemap requests are answered with an empty sitemap
   without touching the network (they would be 404s). */
(function () {
  "use strict"
  document.addEventListener("click", function (ev) {
    var link = ev.target instanceof Element && ev.target.closest("a.md-select__link[hreflang]")
    if (!link || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return
    link.href = link.href.split("#")[0] + location.hash
    ev.stopPropagation()
  }, true)

  var open = XMLHttpRequest.prototype.open
  XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments)
    if (/\/sitemap\.xml$/.test(String(url)))
      args[1] = "data:application/xml,%3Curlset%20xmlns%3D%22http%3A%2F%2Fwww.sitemaps.org%2Fschemas%2Fsitemap%2F0.9%22%2F%3E"
    return open.apply(this, args)
  }
})()
