"""One error shape for every error the API and the pages return (STYLE.md, datasette's rule):

    {"error": {"status": 404, "code": "not_found", "message": "no document matches 'abcd'"}}

with `details` (a list) when there is more to say, such as which parameter failed validation.
HTML pages get the same status with the message on an error page.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.exceptions import HTTPException

from accord.errors import AccordError, NotFoundError

log = logging.getLogger("accord.api")

CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "payload_too_large",
         415: "unsupported_media_type", 422: "invalid_parameter", 500: "internal_error"}


class APIError(Exception):
    """An error with its HTTP status, raised by routes for what AccordError does not cover."""

    def __init__(self, status: int, message: str, details: list[Any] | None = None):
        super().__init__(message)
        self.status, self.message, self.details = status, message, details


def error_body(status: int, message: str, details: list[Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"status": status, "code": CODES.get(status, "error"), "message": message}
    if details:
        body["details"] = details
    return {"error": body}


def wants_html(request: Request) -> bool:
    """Pages (not /api, not .json twins) answer errors with an HTML page."""
    path = request.url.path
    return not (path.startswith("/api") or path.endswith(".json") or path.startswith("/static"))


def respond(request: Request, status: int, message: str, details: list[Any] | None = None):
    if wants_html(request) and getattr(request.app.state, "render_error", None):
        return HTMLResponse(request.app.state.render_error(status, message), status_code=status)
    return JSONResponse(jsonable_encoder(error_body(status, message, details)), status_code=status)


def install(app: FastAPI) -> None:
    """Register the handlers that turn every exception into the error shape."""

    @app.exception_handler(APIError)
    async def _api_error(request: Request, exc: APIError):
        return respond(request, exc.status, exc.message, exc.details)

    @app.exception_handler(NotFoundError)
    async def _not_found(request: Request, exc: NotFoundError):
        return respond(request, 404, str(exc))

    @app.exception_handler(AccordError)
    async def _bad_request(request: Request, exc: AccordError):
        return respond(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                   for e in exc.errors()]
        words = "; ".join(f"{d['where']}: {d['problem']}" for d in details)
        return respond(request, 422, f"invalid request: {words}", details)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException):
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page or route at {request.url.path}"
        return respond(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return respond(request, 500, f"internal error ({type(exc).__name__}); this is a bug in accord")
