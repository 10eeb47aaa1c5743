"""`FileNodeChildrenType0`: a JSON object whose values are `FileNode`."""

from typing import TypeAlias

from .file_node import FileNode

FileNodeChildrenType0: TypeAlias = dict[str, FileNode]

__all__ = ["FileNodeChildrenType0"]
