"""The Flask app: server-rendered pages over the same library functions as the CLI; no asset from the internet."""

from __future__ import annotations

import hmac
import io
import re
import secrets
from datetime import timedelta

from flask import (
    Flask,
    abort,
    flash,
    g,
    get_flashed_messages,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)
from markupsafe import Markup, escape

from archive.assess import STATUS_LABELS  # the one set of labels every report and page uses
from archive.errors import (
    UPLOAD_BAD_NAME,
    UPLOAD_BAD_TYPE,
    UPLOAD_TOO_LARGE,
    ImportFailed,
    RubricError,
    SettingsInvalid,
    TaizhangError,
    UploadRefused,
)
from archive.item_ids import normalize_item_id
from archive.locking import ArchiveBusy
from archive.vocab import date_to_precision
from archive.web.auth import ROLE_LABELS, ROLE_WRITER, Access
from archive.web.data import ArchiveView, due_soon
from archive.web.safety import resolve_original
from archive.workspace import Workspace

API_HEADER = "X-Taizhang"  # a custom header: a request carrying it did not come from another site's form
JSON_PREFIXES = ("/api/", "/reports/")  # answered (errors too) as JSON {"error", "remedy"}
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
UPLOAD_OVERHEAD_BYTES = 1024 * 1024  # a request may exceed the largest file by its form fields and boundaries
UPLOAD_STATUS = {UPLOAD_BAD_NAME: 400, UPLOAD_TOO_LARGE: 413, UPLOAD_BAD_TYPE: 415}
# Pages only the archivist (the writer) sees; read-only users are answered 403, as for a write.
WRITER_PAGES = ("upload", "review", "rubric_draft", "settings")
READ_BACK_MAX = 500  # files an /upload?ids=… page reads back at most
DATE_SOURCE_LABELS = {"content": "正文", "signature": "落款", "exif": "照片拍摄时间（EXIF）", "filename": "文件名"}


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
    text = date_to_precision(date, getattr(obj, "date_precision", None), type(date).isoformat)
    if getattr(obj, "date_source", None) == "mtime":
        text += "（修改时间，仅供参考）"
    return text


def date_with_source(obj) -> str:
    """The date and where it was read from: 2025-06-12（来自正文）; an mtime date says it is only a hint."""
    text = date_label(obj)
    source = DATE_SOURCE_LABELS.get(getattr(obj, "date_source", None) or "")
    return f"{text}（来自{source}）" if getattr(obj, "date", None) and source else text


def upload_limit_bytes(ws: Workspace) -> int:
    """What one form post to /upload may carry: several files, or a .zip of a folder, within ingest's limits."""
    limits = ws.config.limits
    return max(int(limits.max_file_bytes), int(limits.zip_max_uncompressed_bytes)) + UPLOAD_OVERHEAD_BYTES


def create_app(ws: Workspace, read_only: bool = False, access: Access | None = None) -> Flask:
    """The page for archive `ws`. With `read_only` every write control is hidden and refused (403). With `access`
    holding passwords every request needs a login: the writer's password may change things, the inspectors'
    read-only one may only read; without passwords (loopback, one person at their PC) there is no login."""
    access = access or Access()
    app = Flask(__name__, template_folder="templates", static_folder="static")
    app.config.update(READ_ONLY=read_only, JSON_AS_ASCII=False, SECRET_KEY=secrets.token_bytes(32),
                      SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax",
                      PERMANENT_SESSION_LIFETIME=timedelta(minutes=access.session_minutes))
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    app.config["MAX_CONTENT_LENGTH"] = int(ws.config.limits.max_file_bytes) + UPLOAD_OVERHEAD_BYTES
    app.url_map.merge_slashes = False  # "//etc/passwd" must reach the path check, not be redirected to a clean URL
    view = ArchiveView(ws)
    app.jinja_env.filters["highlight"] = highlight
    app.jinja_env.filters["date_label"] = date_label
    app.jinja_env.filters["date_with_source"] = date_with_source
    app.jinja_env.globals.update(STATUS_LABELS=STATUS_LABELS)

    def role() -> str | None:
        """The requester's role: the session's login (until it expires), or HTTP Basic credentials sent by a tool
        (`curl -u :密码`); without passwords everyone is the writer."""
        if not access.required:
            return ROLE_WRITER
        if "role" not in g:
            found = None
            if session.get("role") and not access.expired(session.get("at")):
                found = session["role"]
            elif request.authorization is not None and request.authorization.password:
                found = checked_password(request.authorization.password)
            g.role = found
        return g.role

    def checked_password(password: str) -> str | None:
        """The role `password` opens for this address, counting a wrong one; an address that guessed too often
        gets None without its password being checked (g.login_wait says for how long)."""
        address, now = request.remote_addr or "", access.clock()
        g.login_wait = access.throttle.wait_seconds(address, now)
        if g.login_wait:
            return None
        found = access.role_for(password)
        if found is None:
            g.login_wait = access.throttle.failed(address, now)
        else:
            access.throttle.succeeded(address)
        return found

    def can_write() -> bool:
        return not read_only and role() == ROLE_WRITER

    def csrf_token() -> str:
        if "csrf" not in session:
            session["csrf"] = secrets.token_urlsafe(32)
        return session["csrf"]

    def csrf_ok() -> bool:
        """The page's token in the form, or the header X-Taizhang: 1, which a cross-site form cannot send (a
        script on another site could only send it after a CORS preflight, which this server never grants)."""
        if request.headers.get(API_HEADER) == "1":
            return True
        sent = request.form.get("csrf_token", "")
        expected = session.get("csrf", "")
        return bool(sent and expected) and hmac.compare_digest(sent, expected)

    def wants_json() -> bool:
        return request.path.startswith(JSON_PREFIXES) or request.path == "/binder.pdf"

    def refuse(code: int, title: str, message: str, remedy: str = ""):
        if wants_json():
            return jsonify({"error": message, "remedy": remedy}), code
        return render_template("error.html", title=title, message=message, remedy=remedy), code

    def refuse_write():
        """The answer to a write (or a writer's page) from someone who may only read."""
        if read_only:
            return refuse(403, "只读模式", "页面以只读模式运行，不能修改档案。",
                          "需要修改时，请档案员在本机不加 --read-only 启动 taizhang serve。")
        return refuse(403, "只读登录", "考核组的只读密码只能查看，不能修改档案。", "修改档案请用档案员的密码登录。")

    @app.context_processor
    def _globals():
        writable = can_write()
        current = role()
        return {"read_only": not writable, "readonly_mode": read_only, "csrf_token": csrf_token(), "org": ws.config.org,
                "year": ws.config.year, "logged_in": access.required and current is not None,
                "role_label": ROLE_LABELS.get(current or "", ""), "notes": get_flashed_messages()}

    @app.before_request
    def _guard():
        if request.endpoint in ("static", "login"):
            return None
        if role() is None:
            expired = bool(session.get("role"))
            session.pop("role", None)  # an expired login ends; the session's CSRF token stays (an open login form
            session.pop("at", None)  # must still work after the browser fetched /favicon.ico meanwhile)
            if g.get("login_wait"):
                return refuse(429, "暂时不能登录", access.throttle.message(g.login_wait),
                              "请确认密码后稍后再试；忘记密码时，请档案员在本机运行 taizhang serve --set-password 重设。")
            if wants_json() or request.method != "GET":
                return refuse(401, "需要登录", "需要登录后才能访问。",
                              "请用页面的密码登录；其他程序访问接口时用 HTTP Basic 认证发送密码（如 curl -u :密码）。")
            return redirect(url_for("login", next=request.full_path if request.method == "GET" else None,
                                    expired=1 if expired else None))
        if request.method == "POST":
            if request.endpoint == "upload_files":  # several files or a folder's .zip: ingest's limits, not one file's
                try:
                    request.max_content_length = upload_limit_bytes(ws)  # Flask ≥ 3.1: per request
                except AttributeError:  # older Flask: the app's limit (one file) stands
                    pass
            if not csrf_ok():
                return refuse(403, "请求未通过校验", "请求未通过校验（缺少页面的防伪令牌或 X-Taizhang 请求头）。",
                              "请刷新页面后重试；其他程序调用接口时请加请求头 X-Taizhang: 1。")
            if request.endpoint == "logout":
                return None
            if not can_write():
                return refuse_write()
        elif request.endpoint in WRITER_PAGES and not can_write():
            return refuse_write()
        return None

    @app.route("/login", methods=["GET", "POST"])
    def login():
        target = request.values.get("next", "")
        if not (target.startswith("/") and not target.startswith("//")):
            target = url_for("overview")
        if not access.required:
            return redirect(target)
        error = "登录已过期，请重新登录。" if request.args.get("expired") else ""
        code = 401
        if request.method == "POST":
            if not csrf_ok():
                error = "页面已过期，请重新输入密码。"
            else:
                found = checked_password(request.form.get("password", ""))
                if found is not None:
                    session.clear()  # a fresh session: no token or role from before the login survives
                    session.permanent = True
                    session.update(role=found, at=access.clock(), csrf=secrets.token_urlsafe(32))
                    return redirect(target, code=303)
                error = "密码不正确。"
                if g.login_wait:
                    error, code = access.throttle.message(g.login_wait), 429
        return render_template("login.html", error=error, next=target), (code if error else 200)

    @app.post("/logout")
    def logout():
        session.clear()
        return redirect(url_for("login"), code=303)

    @app.errorhandler(TaizhangError)
    def _library_error(exc: TaizhangError):
        if isinstance(exc, ArchiveBusy):  # an ingest is writing: nothing was changed, try again shortly
            return refuse(503, "档案正忙，请稍后再试", exc.message,
                          "另一个 taizhang 进程（如 ingest）正在写入档案，本次修改没有保存；请稍后再提交一次。")
        return refuse(UPLOAD_STATUS.get(getattr(exc, "reason", ""), 400), "操作未完成", exc.message, exc.remedy)

    @app.errorhandler(400)
    @app.errorhandler(403)
    @app.errorhandler(404)
    @app.errorhandler(405)
    @app.errorhandler(413)
    def _http_error(exc):
        messages = {400: "请求无效。", 403: "只读模式下不能修改，或请求未通过校验（请刷新页面后重试）。", 404: "找不到该页面或文件。",
                    405: "不支持这种请求方式。",
                    413: f"上传的内容超过 {int(ws.config.limits.max_file_bytes) // (1024 * 1024)} MB 的上限。"}
        remedy = ""
        if exc.code == 413 and request.endpoint == "upload_files":
            messages[413] = f"一次上传的内容超过 {upload_limit_bytes(ws) // (1024 * 1024)} MB 的上限，没有保存。"
            remedy = "请分几次上传，或打开本页时允许脚本运行（逐个文件上传）。"
        return refuse(exc.code, f"{exc.code}", messages.get(exc.code, str(exc)), remedy)

    # --- the JSON API and the documents (README: 接口) ---------------------------------------------------------------
    @app.get("/api/status")
    def api_status():
        return jsonify(view.status())

    @app.post("/api/evidence")
    def api_evidence():
        upload = request.files.get("file")
        if upload is None or not upload.filename:
            return refuse(400, "没有文件", "请求中没有文件（multipart 字段 file）。",
                          "用 multipart/form-data 上传，文件放在 file 字段中；可选 folder（文件夹）和 item（评分项）。")
        added = view.add_evidence(upload.filename, upload.stream, request.form.get("folder") or None,
                                  request.form.get("item") or None)
        if added.error:
            return refuse(422, "无法读取", f"文件已保存为 {added.path}，但无法读取：{added.error}。",
                          "请检查文件能否在 WPS/Word 中打开；换一个能读取的版本后重新上传。")
        return jsonify(added.to_json()), 201

    @app.get("/reports/<kind>.docx")
    def report_docx(kind: str):
        made = view.report(kind)
        if made is None:
            return refuse(404, "没有这个报告", f"没有名为「{kind}」的报告。",
                          "可用的报告：self-assessment（自评表）、catalog（台帐目录）、gaps（缺失材料清单）、"
                          "rectification（整改方案）。")
        data, name = made
        return send_file(io.BytesIO(data), as_attachment=True, download_name=name, mimetype=DOCX_MIME)

    @app.get("/binder.pdf")
    def binder_pdf():
        return send_file(io.BytesIO(view.binder()), as_attachment=True, download_name="电子台帐.pdf",
                         mimetype="application/pdf")

    @app.get("/")
    def overview():
        status = view.status()
        return render_template("overview.html", status=status, rubric=view.rubric, checks=view.self_check(),
                               due=due_soon(status) if can_write() else [])

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
                               candidates=view.candidates_for(item_id) if can_write() else [])

    @app.get("/search")
    def search():
        form = {k: request.args.get(k, "").strip() for k in ("q", "kind", "from", "to", "item")}
        form["item"] = normalize_item_id(form["item"]) if form["item"] else ""
        form["unfiled"] = bool(request.args.get("unfiled"))
        asked = bool(form["q"] or any(form[k] for k in ("kind", "from", "to", "item")) or form["unfiled"])
        result, error = view.search(form) if asked else (None, None)
        return render_template("search.html", form=form, result=result, hits=result["hits"] if result else [],
                               error=error, kinds=view.kinds(), items=view.rubric.items())

    @app.get("/evidence/<int:eid>")
    def evidence(eid: int):
        ev = view.evidence(eid)
        if ev is None:
            abort(404)
        query = request.args.get("q", "").strip()
        sheets = view.sheets(ev, query)
        return render_template("evidence.html", ev=ev, query=query, sheets=sheets,
                               text="" if sheets else view.highlighted_text(ev, query),
                               item_titles=view.item_titles(),
                               suggestions=view.suggestions_for(ev.path) if can_write() else [],
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
        flash(f"已归档到第{normalize_item_id(request.form['item'])}项：{request.form['path'].rsplit('/', 1)[-1]}。")
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

    # --- the archivist's workbench --------------------------------------------------------------------------------
    def _item_statuses() -> dict[str, str]:
        return {it["id"]: it["status"] for it in view.status()["items"]}

    def _upload_page(results, refused, code: int = 200, error: str = ""):
        ids = [a.id for a in results if a.id is not None]
        return render_template("upload.html", results=results, refused=refused, error=error,
                               back=url_for("upload", ids=",".join(map(str, ids))) if ids else url_for("upload"),
                               items=view.rubric.items(), item_titles=view.item_titles(), statuses=_item_statuses(),
                               folders=view.folders(), chosen_item=normalize_item_id(request.values.get("item", "")),
                               chosen_folder=request.values.get("folder", "")), code

    @app.get("/upload")
    def upload():
        ids = [int(x) for x in request.args.get("ids", "").split(",") if x.strip().isdigit()][:READ_BACK_MAX]
        return _upload_page(view.read_back(ids) if ids else [], [])

    @app.post("/upload")
    def upload_files():
        files = [(f.filename or "", f.stream) for f in request.files.getlist("files") if f.filename]
        fragment = request.form.get("fragment") == "1"  # the page's script posts one file at a time
        if not files:
            if fragment:
                return render_template("upload_results.html", results=[], refused=[], statuses={}, item_titles={},
                                       back=url_for("upload"), error="没有收到文件。"), 400
            return _upload_page([], [], 400, "请先选择要上传的文件（可以一次选多个，也可以选一个 .zip 压缩的文件夹）。")
        batch = view.upload(files, request.form.get("folder") or None, request.form.get("item") or None)
        if fragment:
            return render_template("upload_results.html", results=batch.added, refused=batch.refused,
                                   statuses=_item_statuses(), item_titles=view.item_titles(),
                                   back=url_for("upload", ids=",".join(map(str, batch.ids))))
        return _upload_page(batch.added, batch.refused)

    @app.get("/review")
    def review():
        return render_template("review.html", groups=view.review_queue(), checks=view.self_check(),
                               statuses=_item_statuses())

    def _pairs(values: list[str]) -> list[tuple[str, str]]:
        """Checkbox values "item|path" as (path, item)."""
        out = []
        for value in values:
            item, sep, path = value.partition("|")
            if sep and item and path:
                out.append((path, item))
        return out

    @app.post("/action/decide")
    def decide():
        picks = _pairs(request.form.getlist("pick"))
        decision = request.form.get("decision", "accept")
        if decision not in ("accept", "reject"):
            abort(400)
        if not picks:
            flash("没有勾选任何一条：请先勾选要接受或拒绝的建议，再按按钮。")
            return _back(url_for("review"))
        done = view.decide(picks if decision == "accept" else [], picks if decision == "reject" else [])
        parts = [f"已归档 {len(done.filed)} 条" if done.filed else "",
                 f"已从评分项移除 {len(done.unfiled)} 条" if done.unfiled else "",
                 f"已记为“不是这项” {len(done.rejected)} 条" if done.rejected else ""]
        flash("，".join(p for p in parts if p) + "。")
        return _back(url_for("review"))

    @app.get("/reports")
    def reports():
        status = view.status()
        return render_template("reports.html", outputs=view.outputs(), status=status,
                               folder=view.output_folder_name())

    @app.post("/action/make-report")
    def make_report():
        made = view.make_output(request.form.get("kind", ""))
        flash("已生成：" + "、".join(m.name for m in made) + f"（保存在档案文件夹的“{view.output_folder_name()}”中）。")
        return redirect(url_for("reports"), code=303)

    @app.get("/output/<name>")
    def output(name: str):
        path = view.output_file(name)
        if path is None:
            abort(404)
        return send_file(path, as_attachment=True, download_name=path.name, max_age=0)

    # --- the rubric: what it asks, a scoring table imported, an item corrected --------------------------------------
    def _rubric_page(code: int = 200, error: str = ""):
        return render_template("rubric_import.html", rubric=view.rubric, items=view.understood(),
                               marks=view.corrected(), own=view.own_rubric_name(), error=error), code

    @app.get("/rubric/import")
    def rubric_import():
        return _rubric_page()

    @app.post("/rubric/import")
    def rubric_upload():
        table = request.files.get("table")
        if table is None or not table.filename:
            return _rubric_page(400, "请先选择评分表文件（Word .docx/.doc 或 Excel .xlsx）。")
        try:
            draft = view.read_table(table.filename, table.stream)
        except (ImportFailed, UploadRefused) as exc:
            return _rubric_page(400, f"{exc.message}{'（' + exc.remedy + '）' if exc.remedy else ''}")
        return redirect(url_for("rubric_draft", draft_id=draft.id), code=303)

    @app.get("/rubric/import/<draft_id>")
    def rubric_draft(draft_id: str):
        draft = view.draft(draft_id)
        if draft is None:
            return refuse(404, "找不到导入的评分表", "找不到这份导入的评分表（可能已经使用过，或已被更新的导入替换）。",
                          "请在“评分表”页面重新上传评分表文件。")
        return render_template("rubric_draft.html", draft=draft, target=draft.target_name(ws))

    @app.post("/rubric/import/<draft_id>/use")
    def rubric_use(draft_id: str):
        draft = view.use_draft(draft_id)
        kept = f"，保留了您改正过的{len(draft.merge.kept)}项" if draft.merge and draft.merge.kept else ""
        flash(f"已使用评分表「{draft.rubric.title}」（{len(draft.rubric.items())} 项，保存为 {draft.target_name(ws)}）{kept}。")
        return redirect(url_for("rubric_import"), code=303)

    def _item_page(item_id: str, text: str | None = None, problems: list[str] | None = None, code: int = 200):
        item, editable = view.rubric_item(item_id)
        if item is None:
            abort(404)
        shown = next((it for it in view.understood() if it.id == item_id), None)
        text = view.item_yaml(item) if text is None else text
        lines = text.splitlines()
        quoted = []  # each problem with the line of the form it names, quoted, so nobody has to count lines
        for problem in problems or []:
            at = re.match(r"(?:.*?)第(\d+)行", problem)
            number = int(at.group(1)) if at else 0
            quoted.append((problem, lines[number - 1] if 0 < number <= len(lines) else ""))
        return render_template("rubric_item.html", item=item, shown=shown, editable=editable, text=text,
                               lines=max(len(lines), 1), problems=quoted), code

    @app.get("/rubric/item/<item_id>")
    def rubric_item(item_id: str):
        return _item_page(item_id)

    @app.post("/rubric/item/<item_id>")
    def rubric_item_save(item_id: str):
        text = request.form.get("requirements", "")
        try:
            view.correct_item(item_id, text)
        except RubricError as exc:
            return _item_page(item_id, text, exc.problems or [exc.message.splitlines()[0]], 400)
        flash(f"第{item_id}项的核查要求已保存；重新导入同一张评分表时会保留这次改正。")
        return redirect(url_for("rubric_item", item_id=item_id), code=303)

    # --- settings ------------------------------------------------------------------------------------------------
    def _settings_page(current, problems: list[str] | None = None, code: int = 200):
        from archive.workspace import config_has_comments

        return render_template("settings.html", s=current, problems=problems or [],
                               comments=config_has_comments(ws)), code

    @app.get("/settings")
    def settings():
        return _settings_page(view.settings())

    @app.post("/settings")
    def settings_save():
        from archive.pipelines.settings import ArchiveSettings, roles, split_aliases

        current = view.settings()
        form = request.form
        new = ArchiveSettings(org=form.get("org", ""), year=form.get("year", ""),
                              roles={r: form.get(f"role:{r}", "") for r in roles()},
                              categories={c: form.get(f"category:{c}", "") for c in current.categories},
                              org_aliases=split_aliases(form.get("org_aliases", "")))
        try:
            view.save_settings(new)
        except SettingsInvalid as exc:
            return _settings_page(new, exc.problems, 400)
        flash("设置已保存到 taizhang.toml。")
        return redirect(url_for("settings"), code=303)

    return app
