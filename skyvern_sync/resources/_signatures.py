"""The signatures help() shows for the client's methods: a parameter a line, annotations as the source writes them."""

from __future__ import annotations

import inspect
from typing import Any

ONE_LINE = 100  # characters: a longer signature is shown a parameter a line


class Annotation(str):
    """An annotation as its source writes it (still that string), shown by help() without quotes."""

    __slots__ = ()

    def __repr__(self) -> str:
        return str(self)


class Signature(inspect.Signature):
    """A method's signature as help() shows it: a parameter a line, annotations unquoted."""

    __slots__ = ()

    def __str__(self) -> str:
        one_line = super().__str__()
        if len(one_line) <= ONE_LINE:
            return one_line
        lines, keyword_only = [], False
        for parameter in self.parameters.values():
            if parameter.kind is inspect.Parameter.KEYWORD_ONLY and not keyword_only:
                lines.append("*")
                keyword_only = True
            lines.append(str(parameter))
        returns = self.return_annotation
        arrow = "" if returns is inspect.Signature.empty else f" -> {inspect.formatannotation(returns)}"
        return "(\n" + "".join(f"    {line},\n" for line in lines) + ")" + arrow


def readable(function: Any) -> None:
    """Set `function.__signature__` to its readable form (same names, defaults and kinds)."""
    signature = inspect.signature(function)
    parameters = [
        parameter.replace(annotation=Annotation(parameter.annotation))
        if isinstance(parameter.annotation, str)
        else parameter
        for parameter in signature.parameters.values()
    ]
    returns = signature.return_annotation
    function.__signature__ = Signature(
        parameters, return_annotation=Annotation(returns) if isinstance(returns, str) else returns
    )
