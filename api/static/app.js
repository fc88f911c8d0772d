/* News KG query page: canned queries, a SPARQL editor, a results table and a small graph view.
   Plain browser JavaScript, no build step, no external requests: it talks only to this server
   (GET /queries, GET /queries/NAME, POST /sparql). Deep links:
     /?query=who-met-whom&topic=Ukraine   runs a canned query with its parameters on load
     /?sparql=SELECT...                   puts the text in the editor and runs it on load   */
(function () {
  "use strict";

  var ID_NS = "https://w3id.org/news-kg/id/";
  var PREFIXES = [
    ["nkg", "https://w3id.org/news-kg/ontology#"],
    ["id", ID_NS],
    ["rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"],
    ["rdfs", "http://www.w3.org/2000/01/rdf-schema#"],
    ["owl", "http://www.w3.org/2002/07/owl#"],
    ["xsd", "http://www.w3.org/2001/XMLSchema#"],
    ["skos", "http://www.w3.org/2004/02/skos/core#"],
    ["schema", "http://schema.org/"],
    ["schema", "https://schema.org/"],
    ["wd", "http://www.wikidata.org/entity/"]
  ];
  var PREFIX_LINES = [
    "PREFIX nkg: <https://w3id.org/news-kg/ontology#>",
    "PREFIX id: <https://w3id.org/news-kg/id/>",
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "PREFIX owl: <http://www.w3.org/2002/07/owl#>",
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>",
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
    "PREFIX schema: <http://schema.org/>"
  ];
  var XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime";
  var RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
  var SELECT_ACCEPT = "application/sparql-results+json";
  var ANY_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8";
  var MAX_TABLE_ROWS = 2000;
  var MAX_GRAPH_NODES = 60;

  var $ = function (id) { return document.getElementById(id); };
  var state = {
    catalogue: [],        // from GET /queries
    current: null,        // the selected canned query
    values: {},           // query name -> {param: value}
    last: null,           // the last result shown, for re-rendering
    sort: null,           // {column, dir}
    seq: 0                // request counter, so a slow old answer never overwrites a newer one
  };
  var editor = null;

  // ---------------------------------------------------------------- small helpers
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === "text") node.textContent = v;
        else if (k === "className") node.className = v;
        else if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? "" : v);
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  var SVG_NS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(c); });
    return node;
  }

  function shortIri(iri) {
    for (var i = 0; i < PREFIXES.length; i++) {
      var p = PREFIXES[i];
      if (iri.indexOf(p[1]) === 0 && iri.length > p[1].length) return p[0] + ":" + iri.slice(p[1].length);
    }
    return iri;
  }

  function localName(iri) {
    return iri.indexOf(ID_NS) === 0 ? iri.slice(ID_NS.length) : null;
  }

  /** Our data IRIs link to the entity page; anything else to itself. */
  function iriHref(iri) {
    var local = localName(iri);
    if (local !== null && local !== "") {
      return "/entities/" + local.split("/").map(encodeURIComponent).join("/");
    }
    return /^https?:\/\//i.test(iri) ? iri : null;
  }

  function truncate(text, n) {
    return text.length > n ? text.slice(0, n - 1) + "…" : text;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // ---------------------------------------------------------------- status and errors
  function setStatus(text, kind, extra) {
    var s = $("status");
    s.textContent = text;
    s.dataset.state = kind;
    Object.keys(extra || {}).forEach(function (k) { s.dataset[k] = extra[k]; });
    $("results").setAttribute("aria-busy", kind === "loading" ? "true" : "false");
  }

  function showError(message) {
    var box = $("error");
    box.textContent = "";
    box.appendChild(el("strong", { text: "Error: " }));
    box.appendChild(document.createTextNode(message));
    box.hidden = false;
  }

  function clearOutput() {
    $("error").hidden = true;
    $("error").textContent = "";
    $("table-wrap").hidden = true;
    $("table-wrap").textContent = "";
    $("graph-wrap").hidden = true;
    $("graph").textContent = "";
  }

  /** The message of an error answer: our JSON {"error": {"message"}} or the start of the body. */
  function errorMessage(response, body) {
    try {
      var data = JSON.parse(body);
      if (data && data.error) {
        if (typeof data.error === "string") return data.error;
        if (data.error.message) return data.error.message;
      }
      if (data && data.message) return data.message;
    } catch (e) { /* not JSON */ }
    var text = body.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gi, " ")
                   .replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
    return "HTTP " + response.status + " " + response.statusText + (text ? ": " + truncate(text, 400) : "");
  }

  // The URL of the next page of a canned query (Link: <URL>; rel="next"), or null.
  function nextLink(header) {
    var found = /<([^>]+)>\s*;\s*rel="next"/.exec(header || "");
    return found ? found[1] : null;
  }

  function request(url, options) {
    return fetch(url, options).then(function (response) {
      return response.text().then(function (body) {
        if (!response.ok) throw new Error(errorMessage(response, body));
        return { body: body, type: (response.headers.get("Content-Type") || "").toLowerCase(),
                 truncated: response.headers.get("X-KG-Truncated") === "true",
                 maxRows: response.headers.get("X-KG-Max-Rows"),
                 next: nextLink(response.headers.get("Link")) };
      });
    }, function () {
      throw new Error("cannot reach the server at " + location.origin + "; is it running?");
    });
  }

  // ---------------------------------------------------------------- the editor
  function setupEditor() {
    var area = $("sparql-text");
    if (window.CodeMirror) {
      editor = window.CodeMirror.fromTextArea(area, {
        mode: "sparql",
        theme: "nkg",
        lineNumbers: true,
        matchBrackets: true,
        indentUnit: 2,
        tabSize: 2,
        lineWrapping: false,
        viewportMargin: Infinity,
        screenReaderLabel: "SPARQL query",
        extraKeys: {
          "Ctrl-Enter": function () { runEditor(true); },
          "Cmd-Enter": function () { runEditor(true); },
          "Shift-Tab": false,
          "Esc": function (cm) { cm.getInputField().blur(); }
        }
      });
    } else {
      // CodeMirror missing: the plain textarea still works
      area.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); runEditor(true); }
      });
    }
  }

  function getText() { return editor ? editor.getValue() : $("sparql-text").value; }
  function setText(text) {
    if (editor) { editor.setValue(text); editor.refresh(); } else { $("sparql-text").value = text; }
  }

  // ---------------------------------------------------------------- canned queries
  function titleOf(q) {
    var s = q.summary || q.name;
    var colon = s.indexOf(":");
    return colon > 0 && colon < 60 ? s.slice(0, colon) : q.name;
  }

  function loadCatalogue() {
    var list = $("canned-list");
    return request("/queries", { headers: { Accept: "application/json" } }).then(function (res) {
      var data = JSON.parse(res.body);
      state.catalogue = data.queries || [];
      list.textContent = "";
      state.catalogue.forEach(function (q) {
        var button = el("button", {
          type: "button", className: "canned-button", "data-query": q.name,
          title: q.summary, "aria-describedby": "canned-desc-" + q.name,
          onclick: function () { selectQuery(q, true); runCanned(true); }
        }, [el("span", { className: "canned-title", text: titleOf(q) }),
            el("code", { className: "canned-name", text: q.name })]);
        list.appendChild(el("li", null, [button,
          el("span", { id: "canned-desc-" + q.name, className: "visually-hidden", text: q.summary })]));
      });
      if (!state.catalogue.length) list.appendChild(el("li", { className: "muted", text: "No canned queries." }));
      list.setAttribute("aria-busy", "false");
    }).catch(function (err) {
      list.textContent = "";
      list.appendChild(el("li", { className: "error-inline", text: "Cannot load the catalogue: " + err.message }));
      list.setAttribute("aria-busy", "false");
      throw err;
    });
  }

  function exampleOf(description) {
    var m = /Example:\s*(.+?)\s*$/.exec(description || "");
    return m ? m[1] : null;
  }

  function selectQuery(q, focusForm) {
    state.current = q;
    var values = state.values[q.name] || (state.values[q.name] = {});
    Array.prototype.forEach.call(document.querySelectorAll(".canned-button"), function (b) {
      var on = b.dataset.query === q.name;
      b.classList.toggle("active", on);
      b.setAttribute("aria-pressed", on ? "true" : "false");
    });
    $("param-title").textContent = titleOf(q);
    var summary = q.summary || "";
    var title = titleOf(q);
    if (summary.indexOf(title + ":") === 0) summary = summary.slice(title.length + 1).trim();
    $("param-summary").textContent = summary.charAt(0).toUpperCase() + summary.slice(1);
    $("param-run-name").textContent = "";
    var fields = $("param-fields");
    fields.textContent = "";
    (q.parameters || []).forEach(function (p) {
      var id = "param-" + p.name;
      var hintId = id + "-hint";
      var input;
      if (p.choices && p.choices.length) {
        input = el("select", { id: id, name: p.name, "aria-describedby": hintId },
          [el("option", { value: "", text: "any" })].concat(p.choices.map(function (c) {
            return el("option", { value: c, text: c });
          })));
      } else {
        var example = exampleOf(p.description);
        var placeholder = p.type === "date" || p.type === "date-end" ? "YYYY-MM-DD"
          : p.type === "integer" ? "a number" : example ? "e.g. " + example : "";
        input = el("input", { id: id, name: p.name, type: "text", placeholder: placeholder,
          "aria-describedby": hintId, required: p.required, autocomplete: "off",
          inputmode: p.type === "integer" ? "numeric" : null });
      }
      input.value = values[p.name] || "";
      input.addEventListener("input", function () { values[p.name] = input.value; updatePermalink(); });
      input.addEventListener("change", function () { values[p.name] = input.value; updatePermalink(); });
      var hint = (p.description || "").replace(/\s*Example:.*$/, "");
      fields.appendChild(el("div", { className: "field" }, [
        el("label", { "for": id }, [p.name, p.required ? el("span", { className: "req", text: " (required)" }) : null]),
        input,
        el("small", { id: hintId, className: "field-hint", text: hint })
      ]));
    });
    if (!(q.parameters || []).length) {
      fields.appendChild(el("p", { className: "hint", text: "This query takes no parameters." }));
    }
    $("param-form").hidden = false;
    updatePermalink();
    if (focusForm === "fields") {
      var first = fields.querySelector("input, select");
      if (first) first.focus();
    }
  }

  function currentArgs() {
    var q = state.current, values = state.values[q.name] || {}, args = [];
    (q.parameters || []).forEach(function (p) {
      var v = (values[p.name] || "").trim();
      if (v) args.push([p.name, v]);
    });
    return args;
  }

  function queryString(pairs) {
    return pairs.map(function (kv) {
      return encodeURIComponent(kv[0]) + "=" + encodeURIComponent(kv[1]);
    }).join("&");
  }

  function updatePermalink() {
    if (!state.current) return;
    var href = "/?" + queryString([["query", state.current.name]].concat(currentArgs()));
    $("permalink").setAttribute("href", href);
    return href;
  }

  var PAGE_SIZE = 100;   // rows a canned query's page asks for (limit=); Next and Previous move by it

  function runCanned(pushHistory, offset) {
    var q = state.current;
    if (!q) return Promise.resolve();
    offset = offset || 0;
    var args = currentArgs();
    var missing = (q.parameters || []).filter(function (p) {
      return p.required && !args.some(function (a) { return a[0] === p.name; });
    });
    var href = updatePermalink();
    if (pushHistory) rememberUrl(href);
    if (missing.length) {
      clearOutput();
      setStatus("Not run.", "error");
      showError("fill in the required parameter(s): " + missing.map(function (p) { return p.name; }).join(", "));
      return Promise.resolve();
    }
    var paged = args.concat([["limit", String(PAGE_SIZE)], ["offset", String(offset)]]);
    var url = "/queries/" + encodeURIComponent(q.name) + "?" + queryString(paged);
    var what = q.name + (args.length ? " (" + args.map(function (a) { return a[0] + " = " + a[1]; }).join(", ") + ")" : "");
    return execute(what, url, { headers: { Accept: SELECT_ACCEPT } }, { offset: offset, size: PAGE_SIZE });
  }

  // Previous / Next under a canned query's page: the rows shown and the way to the others.
  function renderPager(r) {
    var page = r.page;
    if (!page || (!page.offset && !r.next)) return;
    var nav = el("nav", { className: "pager" });
    nav.setAttribute("aria-label", "pages of the answer");
    var prev = el("button", { text: "Previous " + page.size });
    prev.type = "button";
    prev.disabled = page.offset === 0;
    prev.addEventListener("click", function () { runCanned(false, Math.max(0, page.offset - page.size)); });
    var next = el("button", { text: "Next " + page.size });
    next.type = "button";
    next.disabled = !r.next;
    next.addEventListener("click", function () { runCanned(false, page.offset + page.size); });
    var shown = el("span", { className: "muted", text: " rows " + (page.offset + 1) + "–" + (page.offset + r.rows.length) + " " });
    nav.appendChild(prev);
    nav.appendChild(shown);
    nav.appendChild(next);
    $("table-wrap").appendChild(nav);
  }

  // ---------------------------------------------------------------- running
  function runEditor(pushHistory) {
    var text = getText();
    if (!text.trim()) {
      clearOutput();
      showError("the editor is empty; write a SPARQL query or pick a canned query.");
      setStatus("Not run.", "error");
      return Promise.resolve();
    }
    if (pushHistory) rememberUrl(text.length < 6000 ? "/?" + queryString([["sparql", text]]) : "/");
    return execute("the query in the editor", "/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", Accept: ANY_ACCEPT },
      body: text
    });
  }

  function rememberUrl(href) {
    if (location.pathname + location.search !== href) {
      try { history.pushState({}, "", href); } catch (e) { /* file:// or sandboxed */ }
    }
  }

  function execute(what, url, options, page) {
    var seq = ++state.seq;
    clearOutput();
    setStatus("Running " + what + "…", "loading");
    setRunning(true);
    var started = performance.now();
    return request(url, options).then(function (res) {
      if (seq !== state.seq) return;
      var ms = Math.round(performance.now() - started);
      var result = parseAnswer(res);
      result.what = what;
      result.ms = ms;
      result.truncated = res.truncated;
      result.maxRows = res.maxRows;
      result.next = res.next;
      result.page = page || null;
      state.last = result;
      state.sort = null;
      render();
    }).catch(function (err) {
      if (seq !== state.seq) return;
      state.last = null;
      setStatus("Could not run " + what + ".", "error", { rows: "0" });
      showError(err.message);
    }).then(function () {
      if (seq === state.seq) setRunning(false);
    });
  }

  function setRunning(on) {
    Array.prototype.forEach.call(document.querySelectorAll("button.primary"), function (b) {
      b.disabled = on;
    });
  }

  // ---------------------------------------------------------------- answers
  function parseAnswer(res) {
    var type = res.type;
    if (type.indexOf("json") >= 0) {
      var data = JSON.parse(res.body);
      if (typeof data.boolean === "boolean") return { kind: "ask", boolean: data.boolean };
      return { kind: "select", vars: (data.head && data.head.vars) || [],
               rows: (data.results && data.results.bindings) || [] };
    }
    if (type.indexOf("n-triples") >= 0 || type.indexOf("text/plain") >= 0) {
      var triples = parseNTriples(res.body);
      if (triples) {
        return { kind: "graph", vars: ["subject", "predicate", "object"], triples: triples,
                 rows: triples.map(function (t) { return { subject: t[0], predicate: t[1], object: t[2] }; }) };
      }
    }
    return { kind: "text", text: res.body, type: type };
  }

  var NT_TERM = /^(?:<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9\-]+)|\^\^<([^>]*)>)?)\s*/;
  function unescapeNT(s) {
    return s.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g, function (_, u4, u8, c) {
      if (u4 || u8) return String.fromCodePoint(parseInt(u4 || u8, 16));
      return { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f", '"': '"', "'": "'", "\\": "\\" }[c] || c;
    });
  }
  /** N-Triples into [s, p, o] SPARQL-JSON-like terms; null if the text is not N-Triples. */
  function parseNTriples(text) {
    var out = [];
    var lines = text.split(/\r?\n/);
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i].trim();
      if (!line || line.charAt(0) === "#") continue;
      var terms = [];
      while (terms.length < 3) {
        var m = NT_TERM.exec(line);
        if (!m) return null;
        if (m[1] !== undefined) terms.push({ type: "uri", value: unescapeNT(m[1]) });
        else if (m[2] !== undefined) terms.push({ type: "bnode", value: m[2] });
        else {
          var lit = { type: "literal", value: unescapeNT(m[3]) };
          if (m[4]) lit["xml:lang"] = m[4];
          if (m[5]) lit.datatype = m[5];
          terms.push(lit);
        }
        line = line.slice(m[0].length);
      }
      if (line.charAt(0) !== ".") return null;
      out.push(terms);
    }
    return out;
  }

  // ---------------------------------------------------------------- rendering
  function render() {
    var r = state.last;
    if (!r) return;
    clearOutput();
    var raw = $("raw-columns").checked;
    var time = " in " + r.ms + " ms";
    if (r.kind === "ask") {
      setStatus("The answer to " + r.what + " is " + (r.boolean ? "yes (true)" : "no (false)") + time + ".", "ok",
                { rows: "0" });
      var wrap = $("table-wrap");
      wrap.appendChild(el("p", { className: "ask " + (r.boolean ? "yes" : "no"), text: r.boolean ? "true" : "false" }));
      wrap.hidden = false;
      return;
    }
    if (r.kind === "text") {
      setStatus("Answer to " + r.what + " (" + (r.type || "text") + ")" + time + ".", "ok", { rows: "0" });
      var pre = el("pre", { className: "raw-answer", text: r.text });
      $("table-wrap").appendChild(pre);
      $("table-wrap").hidden = false;
      return;
    }
    var n = r.rows.length;
    var noun = r.kind === "graph" ? "triple" : "row";
    setStatus(plural(n, noun) + " from " + r.what + time +
              (r.truncated ? "; the server cut the answer at its limit of " + (r.maxRows || n) +
                             " rows: add a LIMIT or narrow the query" : "") +
              (n > MAX_TABLE_ROWS ? "; the table shows the first " + MAX_TABLE_ROWS : "") + ".",
              "ok", { rows: String(n) });
    if (!n) {
      $("table-wrap").appendChild(el("p", { className: "empty",
        text: "No results. Loosen the parameters, or check the spelling of a name (labels and aliases match case-insensitively)." }));
      $("table-wrap").hidden = false;
      return;
    }
    renderTable(r, raw);
    renderPager(r);
    renderGraph(r);
  }

  /** Columns to show: in the compact view X and XLabel become one column X showing the label. */
  function displayColumns(vars, raw) {
    if (raw) return vars.map(function (v) { return { name: v, labelVar: null }; });
    var set = {};
    vars.forEach(function (v) { set[v] = true; });
    var cols = [];
    vars.forEach(function (v) {
      if (/Label$/.test(v) && set[v.slice(0, -5)]) return;
      cols.push({ name: v, labelVar: set[v + "Label"] ? v + "Label" : null });
    });
    return cols;
  }

  function cellFor(row, col, raw) {
    var b = row[col.name];
    var label = col.labelVar ? row[col.labelVar] : null;
    var td = el("td");
    if (!b) {
      if (label) td.appendChild(document.createTextNode(label.value));
      return td;
    }
    if (b.type === "uri") {
      var shown = label ? label.value : raw ? b.value : localName(b.value) || shortIri(b.value);
      var href = iriHref(b.value);
      var node = href ? el("a", { href: href, title: b.value, className: localName(b.value) === null ? "ext" : null,
                                  rel: localName(b.value) === null ? "noopener noreferrer" : null }, [shown])
                      : el("span", { title: b.value, text: shown });
      td.appendChild(node);
      td.className = !label || shown.length <= 24 ? "iri nowrap" : "iri";
      return td;
    }
    if (b.type === "bnode") {
      td.appendChild(el("span", { className: "bnode", text: "_:" + b.value }));
      return td;
    }
    // literal
    var text = b.value;
    if (!raw && b.datatype === XSD_DATETIME && /T00:00:00(?:Z|[+-]00:00)?$/.test(text)) text = text.slice(0, 10);
    var titleParts = [];
    if (b.datatype) titleParts.push(shortIri(b.datatype));
    if (b["xml:lang"]) titleParts.push("@" + b["xml:lang"]);
    td.appendChild(el("span", { title: titleParts.length ? b.value + " (" + titleParts.join(", ") + ")" : null, text: text }));
    if (b["xml:lang"] && raw) td.appendChild(el("span", { className: "lang", text: " @" + b["xml:lang"] }));
    td.className = text.length > 80 ? "long" : text.length <= 24 ? "short" : "";
    if (/^(-?\d+(\.\d+)?([eE][-+]?\d+)?)$/.test(text) && b.datatype && /#(integer|decimal|double|float|int|long)$/.test(b.datatype)) {
      td.className = "num";
    }
    return td;
  }

  function sortKey(row, col) {
    var b = row[col.labelVar] || row[col.name];
    return b ? b.value.toLowerCase() : "";
  }

  function renderTable(r, raw) {
    var cols = displayColumns(r.vars, raw);
    var rows = r.rows.slice();
    if (state.sort) {
      var sc = cols.filter(function (c) { return c.name === state.sort.column; })[0];
      if (sc) {
        var dir = state.sort.dir;
        var numeric = rows.every(function (row) { var k = sortKey(row, sc); return k === "" || !isNaN(Number(k)); });
        rows.sort(function (a, b) {
          var x = sortKey(a, sc), y = sortKey(b, sc);
          if (numeric) { x = x === "" ? -Infinity : Number(x); y = y === "" ? -Infinity : Number(y); }
          return (x < y ? -1 : x > y ? 1 : 0) * dir;
        });
      }
    }
    var headRow = el("tr", null, [el("th", { scope: "col", className: "rownum", text: "#" })]);
    cols.forEach(function (c) {
      var sorted = state.sort && state.sort.column === c.name ? state.sort.dir : 0;
      var button = el("button", { type: "button", className: "sort", title: "Sort by " + c.name,
        onclick: function () {
          state.sort = { column: c.name, dir: sorted === 1 ? -1 : 1 };
          render();
          var again = document.querySelector('th[data-col="' + c.name + '"] button');
          if (again) again.focus();
        } }, [c.name, el("span", { className: "arrow", "aria-hidden": "true",
                                  text: sorted === 1 ? " ▲" : sorted === -1 ? " ▼" : "" })]);
      headRow.appendChild(el("th", { scope: "col", "data-col": c.name,
        "aria-sort": sorted === 1 ? "ascending" : sorted === -1 ? "descending" : null }, [button]));
    });
    var tbody = el("tbody");
    rows.slice(0, MAX_TABLE_ROWS).forEach(function (row, i) {
      var tr = el("tr", null, [el("td", { className: "rownum", text: String(i + 1) })]);
      cols.forEach(function (c) { tr.appendChild(cellFor(row, c, raw)); });
      tbody.appendChild(tr);
    });
    var table = el("table", { id: "results-table", className: "results" }, [
      el("caption", { className: "visually-hidden", text: "Results of " + r.what }),
      el("thead", null, [headRow]), tbody]);
    $("table-wrap").appendChild(table);
    $("table-wrap").hidden = false;
  }

  // ---------------------------------------------------------------- graph view
  function isGraphNode(iri) {
    var local = localName(iri);
    return local !== null && local !== "" && !/^(article|evidence)\//.test(local);
  }
  function isEvent(iri) { return (localName(iri) || "").indexOf("event/") === 0; }

  /** Nodes and links from the rows: each row links its first two entities (labelled by its status
      or by an ontology IRI in the row); a row with an event links the event to every entity in it. */
  function buildGraph(r) {
    var nodes = {}, order = [], links = {}, linkOrder = [];
    var labels = {};
    var vars = r.vars;
    var symmetric = vars.indexOf("a") >= 0 && vars.indexOf("b") >= 0;
    if (r.kind === "graph") {
      r.triples.forEach(function (t) {
        if (t[1].value === RDFS_LABEL && t[2].type === "literal") labels[t[0].value] = t[2].value;
      });
    }
    function addNode(iri, label) {
      if (!nodes[iri]) {
        nodes[iri] = { iri: iri, label: label || labels[iri] || shortIri(iri).replace(/^id:/, ""),
                       event: isEvent(iri), degree: 0 };
        order.push(nodes[iri]);
      } else if (label && nodes[iri].label === shortIri(iri).replace(/^id:/, "")) {
        nodes[iri].label = label;
      }
      return nodes[iri];
    }
    function addLink(from, to, label) {
      if (from === to) return;
      var a = from.iri, b = to.iri;
      if (symmetric && a > b) { var tmp = a; a = b; b = tmp; }
      var key = a + "\u0000" + b;
      var link = links[key];
      if (!link) {
        link = links[key] = { source: nodes[a], target: nodes[b], labels: {}, directed: !symmetric };
        linkOrder.push(link);
        nodes[a].degree++; nodes[b].degree++;
      }
      label = label || "";
      link.labels[label] = (link.labels[label] || 0) + 1;
    }
    function statusOf(row) {
      if (row.status && row.status.type === "literal") return row.status.value;
      if (row.status && row.status.type === "uri") return shortIri(row.status.value).replace(/^nkg:/, "");
      for (var i = 0; i < vars.length; i++) {
        var b = row[vars[i]];
        if (b && b.type === "uri" && localName(b.value) === null) return shortIri(b.value);
      }
      return "";
    }
    r.rows.forEach(function (row) {
      if (r.kind === "graph") {
        var s = row.subject, o = row.object;
        if (s.type === "uri" && o.type === "uri" && isGraphNode(s.value) && isGraphNode(o.value)) {
          addLink(addNode(s.value), addNode(o.value), shortIri(row.predicate.value).replace(/^nkg:/, ""));
        } else if (s.type === "uri" && isGraphNode(s.value)) {
          addNode(s.value);
        }
        return;
      }
      var found = [], seen = {};
      vars.forEach(function (v) {
        var b = row[v];
        if (b && b.type === "uri" && isGraphNode(b.value) && !seen[b.value]) {
          seen[b.value] = true;
          var lab = row[v + "Label"];
          found.push({ iri: b.value, variable: v, label: lab ? lab.value : null });
        }
      });
      // a canned query's row is a pair (its first two columns), whatever event it names too
      if (r.page) found = found.filter(function (f) { return !isEvent(f.iri); });
      var events = found.filter(function (f) { return isEvent(f.iri); });
      if (events.length) {
        events.forEach(function (ev) {
          var evNode = addNode(ev.iri, ev.label);
          found.forEach(function (f) {
            if (!isEvent(f.iri)) addLink(evNode, addNode(f.iri, f.label), f.variable);
          });
        });
      } else if (found.length >= 2) {
        addLink(addNode(found[0].iri, found[0].label), addNode(found[1].iri, found[1].label), statusOf(row));
      } else if (found.length === 1) {
        addNode(found[0].iri, found[0].label);
      }
    });
    return { nodes: order, links: linkOrder, symmetric: symmetric };
  }

  /** Order nodes so that linked nodes sit next to each other on the circle: each connected part
      grows outwards from its best-connected node, its neighbours placed alternately on either side. */
  function circleOrder(nodes, links) {
    var adj = {};
    nodes.forEach(function (n) { adj[n.iri] = []; });
    links.forEach(function (l) {
      if (adj[l.source.iri] && adj[l.target.iri]) {
        adj[l.source.iri].push(l.target); adj[l.target.iri].push(l.source);
      }
    });
    function byDegree(a, b) { return b.degree - a.degree || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0); }
    var done = {}, out = [];
    nodes.slice().sort(byDegree).forEach(function (hub) {
      if (done[hub.iri]) return;
      done[hub.iri] = true;
      var left = [], right = [], side = {}, queue = [hub], flip = false;
      side[hub.iri] = 0;
      while (queue.length) {
        var n = queue.shift();
        // leaves first, so that a busier neighbour ends up outermost, next to its own neighbours
        adj[n.iri].slice().sort(function (a, b) { return -byDegree(a, b); }).forEach(function (m) {
          if (done[m.iri]) return;
          done[m.iri] = true;
          var s = side[n.iri];
          if (s === 0) { s = flip ? -1 : 1; flip = !flip; }
          side[m.iri] = s;
          (s < 0 ? left : right).push(m);
          queue.push(m);
        });
      }
      out = out.concat(left.reverse(), [hub], right);
    });
    return out;
  }

  function statusClass(label) {
    var l = (label || "").toLowerCase();
    if (l === "happened") return "st-happened";
    if (l === "planned") return "st-planned";
    if (l === "proposed") return "st-proposed";
    return "st-other";
  }

  function renderGraph(r) {
    var g = buildGraph(r);
    var nodes = g.nodes, links = g.links;
    if (!nodes.length) return;
    var note = "";
    if (nodes.length > MAX_GRAPH_NODES) {
      var keep = nodes.slice().sort(function (a, b) { return b.degree - a.degree; }).slice(0, MAX_GRAPH_NODES);
      var kept = {};
      keep.forEach(function (n) { kept[n.iri] = true; });
      note = "Showing the " + MAX_GRAPH_NODES + " best-connected of " + nodes.length + " nodes. ";
      nodes = keep;
      links = links.filter(function (l) { return kept[l.source.iri] && kept[l.target.iri]; });
    }
    nodes = circleOrder(nodes, links);

    var W = 900, n = nodes.length;
    var R = n <= 1 ? 0 : n === 2 ? 230 : Math.max(140, Math.min(220, 34 * n / Math.PI));
    nodes.forEach(function (node, i) {
      var angle = n === 2 ? (i === 0 ? Math.PI : 0) : -Math.PI / 2 + 2 * Math.PI * i / n;
      node.angle = angle;
      node.x = W / 2 + R * Math.cos(angle);
      node.y = R * Math.sin(angle);
      node.r = 7 + Math.min(node.degree, 8);
    });
    // fit the height to the nodes, with room for the labels above and below
    var top = Math.min.apply(null, nodes.map(function (x) { return x.y - x.r; })) - 40;
    var bottom = Math.max.apply(null, nodes.map(function (x) { return x.y + x.r; })) + 40;
    var H = Math.round(bottom - top);
    nodes.forEach(function (node) { node.y -= top; });
    // reverse links exist? then bend both
    var pairs = {};
    links.forEach(function (l) { pairs[l.source.iri + "\u0000" + l.target.iri] = true; });

    var root = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-labelledby": "graph-title graph-desc",
                            preserveAspectRatio: "xMidYMid meet", "class": "graph-svg" });
    root.appendChild(svg("desc", { id: "graph-desc", text: plural(nodes.length, "node") + " and " +
      plural(links.length, "link") + ". " + nodes.map(function (x) { return x.label; }).join(", ") }));
    var defs = svg("defs");
    ["st-happened", "st-planned", "st-proposed", "st-other"].forEach(function (cls) {
      defs.appendChild(svg("marker", { id: "arrow-" + cls, viewBox: "0 0 10 10", refX: 9, refY: 5,
        markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse", "class": "marker " + cls },
        [svg("path", { d: "M0,0 L10,5 L0,10 z" })]));
    });
    root.appendChild(defs);

    var linkLayer = svg("g", { "class": "links" });
    var labelLayer = svg("g", { "class": "link-labels" });
    links.forEach(function (l) {
      var s = l.source, t = l.target;
      var dx = t.x - s.x, dy = t.y - s.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
      var ux = dx / len, uy = dy / len;
      var bend = l.directed && pairs[t.iri + "\u0000" + s.iri] ? 28 : 0;
      var x1 = s.x + ux * s.r, y1 = s.y + uy * s.r;
      var x2 = t.x - ux * (t.r + (l.directed ? 3 : 0)), y2 = t.y - uy * (t.r + (l.directed ? 3 : 0));
      var mx = (x1 + x2) / 2 - uy * bend, my = (y1 + y2) / 2 + ux * bend;
      var names = Object.keys(l.labels);
      var text = names.filter(function (k) { return k; }).map(function (k) {
        return k + (l.labels[k] > 1 ? " ×" + l.labels[k] : "");
      }).join(", ");
      var main = names.sort(function (a, b) { return l.labels[b] - l.labels[a]; })[0];
      var cls = statusClass(main);
      var path = svg("path", {
        d: bend ? "M" + x1 + "," + y1 + " Q" + (mx * 2 - (x1 + x2) / 2) + "," + (my * 2 - (y1 + y2) / 2) + " " + x2 + "," + y2
                : "M" + x1 + "," + y1 + " L" + x2 + "," + y2,
        "class": "link " + cls, "marker-end": l.directed ? "url(#arrow-" + cls + ")" : null
      }, [svg("title", { text: s.label + (l.directed ? " → " : " — ") + t.label + (text ? ": " + text : "") })]);
      linkLayer.appendChild(path);
      if (text && links.length <= 24) {
        labelLayer.appendChild(svg("text", { x: mx, y: my - 4, "class": "link-label " + cls, "text-anchor": "middle",
                                             text: truncate(text, 30) }));
      }
    });
    root.appendChild(linkLayer);
    root.appendChild(labelLayer);

    var nodeLayer = svg("g", { "class": "nodes" });
    nodes.forEach(function (node) {
      var cos = Math.cos(node.angle), sin = Math.sin(node.angle);
      var anchor = n <= 1 ? "middle" : Math.abs(cos) < 0.3 ? "middle" : cos > 0 ? "start" : "end";
      var lx = node.x + (anchor === "middle" ? 0 : cos * (node.r + 6));
      var ly = node.y + (anchor === "middle" ? (sin < 0 || n <= 1 ? -(node.r + 8) : node.r + 16) : sin * (node.r + 6) + 4);
      if (n === 2) { lx = node.x; ly = node.y - node.r - 10; anchor = "middle"; }
      var shape = node.event
        ? svg("rect", { x: node.x - node.r, y: node.y - node.r, width: 2 * node.r, height: 2 * node.r, rx: 3, "class": "node-shape event" })
        : svg("circle", { cx: node.x, cy: node.y, r: node.r, "class": "node-shape entity" });
      var group = svg("g", { "class": "node" + (node.event ? " event" : "") }, [
        svg("title", { text: node.label + " (" + shortIri(node.iri) + ", " + plural(node.degree, "link") + ")" }),
        shape,
        svg("text", { x: lx, y: ly, "text-anchor": anchor, "class": "node-label", text: truncate(node.label, 28) })
      ]);
      var href = iriHref(node.iri);
      if (href) {
        var a = svg("a", { href: href, "aria-label": node.label }, [group]);
        nodeLayer.appendChild(a);
      } else {
        nodeLayer.appendChild(group);
      }
    });
    root.appendChild(nodeLayer);

    $("graph").appendChild(root);
    $("graph").appendChild(legend(links, nodes));
    $("graph-note").textContent = note + plural(nodes.length, "node") + ", " + plural(links.length, "link") +
      (g.symmetric ? "; meetings have no direction." : "") +
      (links.length > 24 ? " Link labels are hidden at this size; hover a link to see its label." : "") +
      " Click a node to open its entity page.";
    $("graph-wrap").hidden = false;
  }

  function legend(links, nodes) {
    var items = [];
    var present = {};
    links.forEach(function (l) { Object.keys(l.labels).forEach(function (k) { present[statusClass(k)] = true; }); });
    if (nodes.some(function (x) { return !x.event; })) items.push(["entity", "entity"]);
    if (nodes.some(function (x) { return x.event; })) items.push(["event", "event"]);
    [["st-happened", "happened"], ["st-planned", "planned"], ["st-proposed", "proposed"]].forEach(function (s) {
      if (present[s[0]]) items.push([s[0], s[1]]);
    });
    var ul = el("ul", { className: "legend", "aria-label": "Legend" });
    items.forEach(function (it) {
      ul.appendChild(el("li", null, [el("span", { className: "swatch " + it[0], "aria-hidden": "true" }), it[1]]));
    });
    return ul;
  }

  // ---------------------------------------------------------------- start-up and deep links
  function applyLocation() {
    var params = new URLSearchParams(location.search);
    var name = params.get("query");
    if (name) {
      var q = state.catalogue.filter(function (x) { return x.name === name; })[0];
      if (!q) {
        clearOutput();
        setStatus("Not run.", "error");
        showError("no canned query named '" + name + "'; pick one from the list (" +
                  state.catalogue.map(function (x) { return x.name; }).join(", ") + ").");
        return;
      }
      var values = state.values[q.name] = {};
      params.forEach(function (v, k) { if (k !== "query") values[k] = v; });
      selectQuery(q);
      var unknown = Object.keys(values).filter(function (k) {
        return !(q.parameters || []).some(function (p) { return p.name === k; });
      });
      if (unknown.length) {
        // let the server say what is wrong, with the parameters as given
        var url = "/queries/" + encodeURIComponent(q.name) + "?" + queryString(Object.keys(values).map(function (k) {
          return [k, values[k]];
        }));
        return execute(q.name, url, { headers: { Accept: SELECT_ACCEPT } });
      }
      return runCanned(false);
    }
    var text = params.get("sparql");
    if (text) {
      setText(text);
      return runEditor(false);
    }
  }

  function init() {
    setupEditor();
    $("run").addEventListener("click", function () { runEditor(true); });
    document.querySelector('label[for="sparql-text"]').addEventListener("click", function (ev) {
      if (editor) { ev.preventDefault(); editor.focus(); }
    });
    $("prefixes").addEventListener("click", function () {
      var text = getText();
      var missing = PREFIX_LINES.filter(function (line) {
        var prefix = /^PREFIX (\w*):/.exec(line)[1];
        return !new RegExp("^\\s*PREFIX\\s+" + prefix + ":", "im").test(text);
      });
      if (missing.length) setText(missing.join("\n") + "\n" + text);
      if (editor) editor.focus();
    });
    $("param-form").addEventListener("submit", function (ev) {
      ev.preventDefault();
      runCanned(true);
    });
    $("param-reset").addEventListener("click", function () {
      if (!state.current) return;
      state.values[state.current.name] = {};
      selectQuery(state.current, "fields");
    });
    $("param-edit").addEventListener("click", function () {
      if (!state.current) return;
      setText(state.current.query);
      if (editor) editor.focus();
      $("editor-title").scrollIntoView({ block: "nearest" });
    });
    $("raw-columns").addEventListener("change", render);
    window.addEventListener("popstate", function () {
      if (state.catalogue.length) applyLocation();
    });
    loadCatalogue().then(applyLocation, function () {
      // no catalogue: an ad hoc deep link still works
      if (new URLSearchParams(location.search).get("sparql")) applyLocation();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
