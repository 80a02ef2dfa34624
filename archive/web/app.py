"""The Flask app: server-rendered pages over the same library functions as the CLI; no asset from the internet."""

from __future__ import annotations

import hmac
import secrets

from flask import Flask, abort, redirect, render_template, request, send_file, url_for
from markupsafe import Markup, escape

from archive.assess import STATUS_LABELS  # the one set of labels every report and page uses
from archive.errors import TaizhangError
from archive.item_ids import normalize_item_id
from archive.locking import ArchiveBusy
from archive.web.data import ArchiveView
from archive.web.safety import resolve_original
from archive.workspace import Workspace


def highlight(snippet: str) -> Markup:
    """Escape evidence text, then turn the search engine's 【】 marks into <mark>."""
    from archive.indexer import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN

    text = str(escape(snippet or ""))
    return Markup(text.replace(HIGHLIGHT_OPEN, "<mark>").replace(HIGHLIGHT_CLOSE, "</mark>"))


def date_label(obj) -> str:
    """A document's date as an archivist reads it: 2025年 for a year-only date, 2025年3月 for a month, and an mtime
    date never bare."""
    date = getattr(obj, "date", None)
    if not date:
        return "日期不明"
    precision = getattr(obj, "date_precision", None) or "day"
    text = {"year": f"{date.year}年", "month": f"{date.year}年{date.month}月"}.get(precision, date.isoformat())
    if getattr(obj, "date_source", None) == "mtime":
        text += "（修改时间，仅供参考）"
    return text


def create_app(ws: Workspace, read_only: bool = False) -> Flask:
    """The inspector's page for archive `ws`; with `read_only` every write control is hidden and refused (403)."""
    app = Flask(__name__, template_folder="templates", static_folder="static")
    app.config.update(READ_ONLY=read_only, CSRF_TOKEN=secrets.token_urlsafe(32), JSON_AS_ASCII=False)
    app.url_map.merge_slashes = False  # "//etc/passwd" must reach the path check, not be redirected to a clean URL
    view = ArchiveView(ws)
    app.jinja_env.filters["highlight"] = highlight
    app.jinja_env.filters["date_label"] = date_label
    app.jinja_env.globals.update(STATUS_LABELS=STATUS_LABELS)

    @app.context_processor
    def _globals():
        return {"read_only": read_only, "csrf_token": app.config["CSRF_TOKEN"], "org": ws.config.org,
                "year": ws.config.year}

    @app.before_request
    def _guard_writes():
        if request.method == "POST":
            if read_only:
                abort(403)
            sent = request.form.get("csrf_token", "")
            if not hmac.compare_digest(sent, app.config["CSRF_TOKEN"]):
                abort(403)

    @app.errorhandler(TaizhangError)
    def _library_error(exc: TaizhangError):
        if isinstance(exc, ArchiveBusy):  # an ingest is writing: nothing was changed, try again shortly
            return render_template("error.html", title="档案正忙，请稍后再试", message=exc.message,
                                   remedy="另一个 taizhang 进程（如 ingest）正在写入档案，本次修改没有保存；请稍后再提交一次。"), 503
        return render_template("error.html", title="操作未完成", message=exc.message, remedy=exc.remedy), 400

    @app.errorhandler(400)
    @app.errorhandler(403)
    @app.errorhandler(404)
    def _http_error(exc):
        messages = {400: "请求无效。", 403: "只读模式下不能修改，或请求未通过校验（请刷新页面后重试）。", 404: "找不到该页面或文件。"}
        return render_template("error.html", title=f"{exc.code}", message=messages.get(exc.code, str(exc)),
                               remedy=""), exc.code

    @app.get("/")
    def overview():
        return render_template("overview.html", status=view.status(), rubric=view.rubric)

    @app.get("/rubric")
    def rubric_tree():
        return render_template("rubric.html", status=view.status(), groups=view.items_by_category())

    @app.get("/item/<item_id>")
    def item(item_id: str):
        data = view.item(item_id)
        if data is None and view.item(normalize_item_id(item_id)) is not None:  # /item/第18项 → /item/18
            return redirect(url_for("item", item_id=normalize_item_id(item_id)))
        if data is None:
            abort(404)
        return render_template("item.html", item=data, evidence=view.evidence_rows(data["evidence"]),
                               requirements=view.requirements(item_id),
                               candidates=[] if read_only else view.candidates_for(item_id))

    @app.get("/search")
    def search():
        form = {k: request.args.get(k, "").strip() for k in ("q", "kind", "from", "to", "item")}
        form["item"] = normalize_item_id(form["item"]) if form["item"] else ""
        form["unfiled"] = bool(request.args.get("unfiled"))
        hits, error = view.search(form) if (form["q"] or any(form[k] for k in ("kind", "from", "to", "item"))
                                             or form["unfiled"]) else ([], None)
        return render_template("search.html", form=form, hits=hits, error=error, kinds=view.kinds(),
                               items=view.rubric.items())

    @app.get("/evidence/<int:eid>")
    def evidence(eid: int):
        ev = view.evidence(eid)
        if ev is None:
            abort(404)
        query = request.args.get("q", "").strip()
        return render_template("evidence.html", ev=ev, query=query, text=view.highlighted_text(ev, query),
                               item_titles=view.item_titles(),
                               suggestions=[] if read_only else view.suggestions_for(ev.path),
                               items=view.rubric.items())

    @app.get("/original/<path:rel>")
    def original(rel: str):
        target = resolve_original(ws.root, rel)
        if target is None or not view.is_cataloged(rel):
            abort(404)
        return send_file(target, as_attachment=request.args.get("download") == "1", download_name=target.name)

    @app.get("/preview/<int:eid>.<ext>")
    def preview(eid: int, ext: str):
        image = view.preview(eid)
        if image is None:
            abort(404)
        return send_file(image, mimetype="image/jpeg" if image.suffix == ".jpg" else "image/png", max_age=3600)

    def _back(default: str):
        target = request.form.get("next", "")
        return redirect(target if target.startswith("/") and not target.startswith("//") else default, code=303)

    @app.post("/action/file")
    def file():
        view.file(request.form["path"], request.form.getlist("item"))
        return _back(url_for("overview"))

    @app.post("/action/unfile")
    def unfile():
        view.unfile(request.form["path"], request.form["item"])
        return _back(url_for("overview"))

    @app.post("/action/accept")
    def accept():
        view.file(request.form["path"], [request.form["item"]], accepted=True)
        return _back(url_for("overview"))

    @app.post("/action/reject")
    def reject():
        view.reject(request.form["path"], request.form["item"])
        return _back(url_for("overview"))

    @app.post("/action/override")
    def override():
        score = request.form.get("score", "").strip()
        view.override(request.form["item"], request.form["status"], float(score) if score else None,
                      request.form.get("note", ""))
        return _back(url_for("item", item_id=request.form["item"]))

    @app.post("/action/clear-override")
    def clear_override():
        view.clear_override(request.form["item"])
        return _back(url_for("item", item_id=request.form["item"]))

    return app
