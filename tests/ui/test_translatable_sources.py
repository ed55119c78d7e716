"""Every user-visible text can be found by the translation tool.

``pyside6-lupdate`` only sees literal texts in ``tr()``/``translate()`` calls and texts
marked with ``QT_TRANSLATE_NOOP``. A helper such as ``def _tr(text): return
translate("Ctx", text)`` hides its texts from it; they would stay German in English.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "fallmanager" / "ui"


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Attribute) and node.func.attr == name)
            or (isinstance(node.func, ast.Name) and node.func.id == name)
        )
    ]


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_translated_texts_are_literals_or_marked_in_their_module() -> None:
    hidden = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        marked = {
            call.args[0].value
            for call in _calls(tree, "QT_TRANSLATE_NOOP")
            if call.args and _is_text(call.args[0])
        }
        for call in _calls(tree, "translate"):
            if len(call.args) < 2 or not _is_text(call.args[0]):
                continue
            context = call.args[0].value
            if not _is_text(call.args[1]) and context not in marked:
                hidden.append(f"{path.relative_to(UI)}:{call.lineno} ({context})")
        for call in _calls(tree, "tr"):
            if call.args and not _is_text(call.args[0]):
                hidden.append(f"{path.relative_to(UI)}:{call.lineno} (tr with a variable)")
    assert hidden == []
