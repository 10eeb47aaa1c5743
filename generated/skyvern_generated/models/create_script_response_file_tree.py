"""`CreateScriptResponseFileTree`: a JSON object whose values are `FileNode`."""

from typing import TypeAlias

from .file_node import FileNode

CreateScriptResponseFileTree: TypeAlias = dict[str, FileNode]

__all__ = ["CreateScriptResponseFileTree"]
