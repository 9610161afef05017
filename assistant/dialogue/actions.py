"""Run the Rasa custom actions inside this process: no action server, no open port.

Rasa calls custom actions through an ``EndpointConfig``; this one hands the request
straight to rasa-sdk's ``ActionExecutor`` instead of sending it over HTTP.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from rasa.utils.endpoints import ClientResponseError, EndpointConfig


class InProcessActionEndpoint(EndpointConfig):
    """An action endpoint that executes the project's rasa-sdk actions in-process."""

    def __init__(self, project_dir: Path, package: str = "actions") -> None:
        super().__init__(url="inprocess://actions")
        from rasa_sdk.executor import ActionExecutor

        project = str(project_dir.resolve())
        if project not in sys.path:
            sys.path.insert(0, project)
        self._executor = ActionExecutor()
        self._executor.register_package(package)

    async def request(
        self,
        method: str = "post",
        subpath: str | None = None,
        content_type: str | None = "application/json",
        compress: bool = False,
        **kwargs: Any,
    ) -> Any:
        """Run the action named in the JSON body and answer as the action server would."""
        from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException

        body = kwargs["json"]
        try:
            return await self._executor.run(body)
        except ActionExecutionRejection as error:
            detail = {"action_name": error.action_name, "error": error.message}
            raise ClientResponseError(400, "action rejected", json.dumps(detail)) from None
        except ActionNotFoundException as error:
            detail = {"action_name": error.action_name, "error": error.message}
            raise ClientResponseError(404, "action not found", json.dumps(detail)) from None
