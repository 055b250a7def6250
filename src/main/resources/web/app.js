// The query page: YASGUI on this server's endpoint, the stored queries of queries/ as a list,
// and parameters bound as the command line binds them: each ?name replaced by the value as a
// SPARQL string literal, so a typed value can never change the query's structure. (A VALUES
// block would too, but ARQ joins it after the patterns, which made the headline query 150×
// slower.)
(function () {
  "use strict";
  const endpoint = new URL("papers/sparql", window.location.href).href;
  document.getElementById("endpoint").textContent = endpoint;
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
  });

  let selected = null;

  function sparqlString(value) {
    // a JSON string is also a valid SPARQL string literal (same escapes, \uXXXX included)
    return JSON.stringify(value);
  }

  function withValues(text, values) {
    let out = text;
    for (const [name, value] of Object.entries(values)) {
      if (value === "") continue; // left unbound: the query decides what that means
      // the variable as a whole token, never inside a comment line or a longer name
      out = out.split("\n").map((line) => line.trimStart().startsWith("#") ? line
        : line.replace(new RegExp("[?$]" + name + "(?![A-Za-z0-9_])", "g"), () => sparqlString(value))).join("\n");
    }
    return out;
  }

  function select(query, button) {
    selected = query;
    document.querySelectorAll("#queries button").forEach((b) => b.setAttribute("aria-pressed", String(b === button)));
    document.getElementById("query-comment").textContent = query.comment;
    const params = document.getElementById("query-params");
    params.replaceChildren();
    for (const p of query.parameters) {
      const label = document.createElement("label");
      label.textContent = p.name;
      label.htmlFor = "param-" + p.name;
      const input = document.createElement("input");
      input.id = "param-" + p.name;
      input.name = p.name;
      input.value = p.example;
      input.title = p.description;
      params.append(label, input);
    }
    document.getElementById("query-form").hidden = false;
    yasgui.getTab().setQuery(query.text);
  }

  document.getElementById("query-form").addEventListener("submit", (e) => {
    e.preventDefault();
    if (!selected) return;
    const values = {};
    document.querySelectorAll("#query-params input").forEach((i) => { values[i.name] = i.value; });
    const tab = yasgui.getTab();
    tab.setQuery(withValues(selected.text, values));
    tab.query();
  });

  fetch("api/queries").then((r) => r.json()).then((queries) => {
    const list = document.getElementById("queries");
    for (const q of queries) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = q.name;
      b.title = q.title;
      b.dataset.query = q.name;
      b.addEventListener("click", () => select(q, b));
      li.append(b);
      list.append(li);
    }
  });

  fetch("api/summary").then((r) => r.json()).then((s) => {
    const c = s.counts;
    document.getElementById("summary").textContent =
      c.papers + " papers · " + c.persons + " persons · " + c.sessions + " sessions · " + c.presentations +
      " talks · " + c.awards + " awards · " + c.quads + " quads, from " + c.sources + " pages";
    const body = document.querySelector("#pages tbody");
    for (const p of s.pages) {
      const tr = document.createElement("tr");
      for (const v of [p.file, p.format, p.papers]) {
        const td = document.createElement("td");
        td.textContent = v;
        tr.append(td);
      }
      body.append(tr);
    }
  });
})();
