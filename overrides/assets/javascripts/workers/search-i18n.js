/*
 * Search worker for a bilingual site: Material's own worker, with the query
 * stemmed the way the documents were indexed.
 *
 * Material appends "*" to every query term, and lunr skips its pipeline for
 * wildcard terms, so a stemmed index ("пакет") never matches an inflected
 * query ("пакетов*"). Here each plain query word goes through the same
 * lunr-languages stop-word filters and stemmers (Snowball) that the index was
 * built with (config.lang of this language's index), before Material's worker
 * sees it. Prefix search still works: a stem is a prefix of the word.
 *
 * overrides/hooks/search_i18n.py writes this file with MATERIAL_WORKER
 * replaced by the name of Material's worker script.
 */
(function () {
  "use strict"
  var SETUP = 0, QUERY = 2
  var langs = ["en"]
  var separator = /[\s\-]+/

  function pipelines() {
    var fns = []
    for (var i = 0; i < langs.length; i++) {
      var ns = langs[i] === "en" ? self.lunr : self.lunr[langs[i]]
      if (ns) fns.push(ns)
    }
    return fns
  }

  function stemWord(word, fns) {
    var token = new self.lunr.Token(word.toLowerCase(), {})
    for (var i = 0; i < fns.length; i++)
      if (fns[i].stopWordFilter && !fns[i].stopWordFilter(token)) return null
    for (var j = 0; j < fns.length; j++) {
      var next = fns[j].stemmer(token)
      if (next) token = next
    }
    return token.toString()
  }

  /* Each plain word is trimmed of punctuation (as lunr's trimmer does at index
     time: a pasted 'pkg' must find pkg), stop words are dropped, the rest is
     stemmed, and searched by the exact stem ("stem^1": Material appends no
     wildcard to a boosted term, so "relative" -> "rel" does not also match
     "reload", and "imports" -> "import" does not drag in every "importlib").
     A query of one word being typed keeps Material's trailing wildcard, so
     type-ahead works: "пак" finds "пакеты". */
  function stemQuery(query) {
    if (!self.lunr || !self.lunr.Token) return query
    var fns = pipelines(), out = []
    var parts = query.trim().split(/\s+/)
    var typing = !/\s$/.test(query) && parts.length === 1
    for (var i = 0; i < parts.length; i++) {
      var part = parts[i].replace(/:$/, "")
      if (!part) continue
      /* Leave lunr syntax (+term -term term~1 field:term "phrase") alone */
      if (/["+\-~^*:]/.test(part.charAt(0)) || /[~^*"]|:./.test(part)) {
        out.push(part)
        continue
      }
      var words = part.split(separator)
      for (var k = 0; k < words.length; k++) {
        var word = words[k].replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu, "")
        if (!word) continue
        /* Identifiers (__init__, sys.path pieces) keep their exact form */
        var stem = /^[\p{L}]+$/u.test(word) ? stemWord(word, fns) : word.toLowerCase()
        if (!stem) continue
        var last = i === parts.length - 1 && k === words.length - 1
        out.push(last && typing ? stem : stem + "^1")
      }
    }
    return out.length ? out.join(" ") : query
  }

  var add = self.addEventListener.bind(self)
  self.addEventListener = function (type, listener, options) {
    if (type !== "message") return add(type, listener, options)
    return add(type, function (ev) {
      var message = ev.data
      if (message && message.type === SETUP) {
        langs = message.data.config.lang
        separator = new RegExp(message.data.config.separator)
      } else if (message && message.type === QUERY) {
        message = { type: QUERY, data: stemQuery(message.data) }
      }
      return listener.call(this, { data: message })
    }, options)
  }

  /* In a worker, location is this script; under the iframe-worker shim
     (file://), the first script element is this script. */
  var here = typeof document !== "undefined" && document.querySelector("script[src]")
    ? document.querySelector("script[src]").src
    : self.location.href
  importScripts(new URL("MATERIAL_WORKER", here).href)
})()
