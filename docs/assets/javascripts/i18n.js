/* Language switcher: keep the reader's section.
   Every heading has the same id in both languages, so the twin page has the
   same #fragment; carry it along when a language is picked. Runs in the
   capture phase, before Material's own handler reads the link. */
document.addEventListener("click", function (ev) {
  var link = ev.target instanceof Element && ev.target.closest("a.md-select__link[hreflang]")
  if (link && location.hash)
    link.href = link.href.split("#")[0] + location.hash
}, true)
