/* The archivist's workbench: small helpers over plain forms. Every page works without this script (the forms post
   as they are); with it, 添加材料 takes dropped files and posts them one at a time with a progress line, 报告 says
   that a document is being made, 待处理 gets 全选 buttons, and the 评分表 correction form's line numbers scroll with
   its text. No framework, nothing from the internet. */
(function () {
  "use strict";

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function size(n) {
    return n >= 1048576 ? (n / 1048576).toFixed(1) + " MB" : Math.max(1, Math.round(n / 1024)) + " KB";
  }

  /* The message of an error page (error.html) the server answered with, if it is one. */
  function errorMessage(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var p = doc.querySelector("main p.error");
    return p ? p.textContent : null;
  }

  // --- 添加材料 ---------------------------------------------------------------------------------------------------
  var form = document.getElementById("upload-form");
  if (form && window.fetch && window.FormData && window.DOMParser) {
    var input = document.getElementById("files");
    var zone = document.getElementById("dropzone");
    var chosen = document.getElementById("chosen");
    var progress = document.getElementById("progress");
    var results = document.getElementById("results");
    var section = document.getElementById("results-section");
    var button = document.getElementById("upload-button");
    var dropped = null; // files dropped where the input cannot take them
    var ids = [];
    each(results.querySelectorAll("article.result[data-id]"), function (a) { if (a.dataset.id) ids.push(a.dataset.id); });

    var files = function () { return dropped || input.files; };
    var count = document.getElementById("chosen-count");
    form.classList.add("enhanced"); // the native file input gives way to the 选择文件 button and this count
    var showChosen = function () {
      chosen.textContent = "";
      count.textContent = files().length ? "已选择 " + files().length + " 个文件" : "";
      each(files(), function (f) {
        var li = document.createElement("li");
        li.textContent = f.name + "（" + size(f.size) + "）";
        chosen.appendChild(li);
      });
    };
    input.addEventListener("change", function () { dropped = null; showChosen(); });
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) {
      if (!e.dataTransfer || !e.dataTransfer.files.length) { return; }
      try { input.files = e.dataTransfer.files; dropped = null; } catch (err) { dropped = e.dataTransfer.files; }
      showChosen();
    });

    /* After each file: every 接受 / 都不是 form comes back to this page showing all the files read so far. */
    var retarget = function () {
      var url = form.getAttribute("action") + (ids.length ? "?ids=" + ids.join(",") : "");
      each(results.querySelectorAll('input[name="next"]'), function (el) { el.value = url; });
      if (window.history && history.replaceState) { history.replaceState(null, "", url); }
    };

    var failure = function (name, text) {
      var p = document.createElement("p");
      p.className = "error";
      p.textContent = name + "：" + text;
      results.appendChild(p);
    };

    var upload = function (list) {
      var i = 0;
      var failed = 0;
      button.disabled = true;
      section.hidden = false;
      var next = function () {
        if (i >= list.length) {
          button.disabled = false;
          input.value = "";
          dropped = null;
          chosen.textContent = "";
          count.textContent = "";
          progress.textContent = "已读取 " + list.length + " 个文件" + (failed ? "，其中 " + failed + " 个未完成" : "") +
            (failed < list.length ? "。请逐个确认下面的建议。" : "。");
          progress.classList.add("done");
          return;
        }
        var file = list[i];
        progress.classList.remove("done");
        progress.textContent = "正在读取 " + (i + 1) + "/" + list.length + "：" + file.name + "…";
        var data = new FormData();
        // namedItem: form.elements.item is the collection's own item() method
        data.append("csrf_token", form.elements.namedItem("csrf_token").value);
        data.append("folder", form.elements.namedItem("folder").value);
        data.append("item", form.elements.namedItem("item").value);
        data.append("fragment", "1");
        data.append("files", file, file.name);
        fetch(form.getAttribute("action"), { method: "POST", body: data, credentials: "same-origin" })
          .then(function (resp) {
            return resp.text().then(function (body) { return { ok: resp.ok, status: resp.status, body: body }; });
          })
          .then(function (r) {
            if (r.ok) {
              var holder = document.createElement("div");
              holder.innerHTML = r.body; // the server's own escaped fragment (upload_results.html)
              each(holder.querySelectorAll("article.result[data-id]"), function (a) { if (a.dataset.id) { ids.push(a.dataset.id); } });
              while (holder.firstChild) { results.appendChild(holder.firstChild); }
              retarget();
            } else {
              failed += 1;
              failure(file.name, errorMessage(r.body) || ("上传失败（HTTP " + r.status + "）"));
              if (r.status === 503 || r.status === 401 || r.status === 403) {
                failed += list.length - i - 1;
                i = list.length - 1; // busy, logged out or refused: the rest would fare no better
              }
            }
          })
          .catch(function () { failed += 1; failure(file.name, "连接中断，没有上传；请检查 taizhang serve 是否还在运行。"); })
          .then(function () { i += 1; next(); });
      };
      next();
    };

    form.addEventListener("submit", function (e) {
      if (!files().length) { return; } // the server answers with what to do
      e.preventDefault();
      upload(Array.prototype.slice.call(files()));
    });
  }

  // --- 报告: say that the document is being made (the binder takes minutes on a large archive) ---------------------
  each(document.querySelectorAll("form.make"), function (f) {
    f.addEventListener("submit", function () {
      var line = document.getElementById("make-progress");
      var title = f.closest("tr") ? f.closest("tr").querySelector("b").textContent : "全部报告";
      if (line) { line.textContent = "正在生成" + title + "，请稍候…（完成后本页自动刷新）"; }
      window.setTimeout(function () {
        each(document.querySelectorAll("form.make button"), function (b) { b.disabled = true; });
      }, 0);
    });
  });

  // --- 待处理: 全选 per group ----------------------------------------------------------------------------------------
  each(document.querySelectorAll("#review-form section.group"), function (group) {
    /* Of files with several suggestions only the best of each (at or above the acceptance line) is selected. */
    var best = group.querySelectorAll('input[name="pick"][data-best]');
    var boxes = best.length ? best : group.querySelectorAll('input[type="checkbox"][name="pick"]');
    var head = group.querySelector("h2");
    if (boxes.length < 2 || !head) { return; }
    var label = best.length ? "全选最佳建议" : "全选";
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "secondary small select-all";
    toggle.textContent = label;
    toggle.addEventListener("click", function () {
      var all = Array.prototype.every.call(boxes, function (b) { return b.checked; });
      each(boxes, function (b) { b.checked = !all; });
      toggle.textContent = all ? label : "全不选";
    });
    head.appendChild(toggle);
  });

  // --- 评分表: the correction form's line numbers follow the text when it scrolls -------------------------------------
  var yaml = document.getElementById("requirements");
  var gutter = document.querySelector(".ru-gutter");
  if (yaml && gutter) {
    yaml.addEventListener("scroll", function () { gutter.scrollTop = yaml.scrollTop; });
  }
}());
