"""No ``Any`` in the public API of the eight provider clients.

Every public method, property and attribute of each client class (inherited ones included, with the
generic base classes' type variables bound as the provider binds them) is read with
``typing.get_type_hints`` and walked to its leaves: parameters, return types, the members of the
TypedDicts that ``**kwargs`` unpack, and the public members of reviewbridge's own classes that appear
in them (``ReviewPage``, ``Review``). ``mypy --strict`` in ``make lint`` checks the same signatures
from a user's side (tests/typing/public_api.py).
"""

from __future__ import annotations

import ast
import asyncio
import functools
import inspect
import sys
import textwrap
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Generic, TypeVar

import pytest
import reviewbridge as rb
from reviewbridge._providers import REGISTRY
from typing_extensions import TypeAliasType

#: every provider's clients, sync and async
CLIENTS = tuple(client for info in REGISTRY.values() for client in (info.client, info.async_client))
#: dunder methods that belong to the public surface (construction and context management)
PUBLIC_DUNDERS = frozenset({"__init__", "__enter__", "__exit__", "__aenter__", "__aexit__"})
#: reviewbridge's exported classes: their public members are part of what a client method returns
EXPORTED = frozenset(v for v in (getattr(rb, n) for n in rb.__all__) if isinstance(v, type))


@functools.cache
def _module_namespace(name: str) -> dict[str, object]:
    """A module's globals plus what its ``if TYPE_CHECKING:`` blocks import (annotations name them)."""
    module = sys.modules[name]
    namespace = dict(vars(module))
    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError):
        return namespace
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
            block = ast.Module(body=node.body, type_ignores=[])
            exec(compile(block, module.__file__ or name, "exec"), namespace)
    return namespace


def _namespace_of(cls: type) -> dict[str, object]:
    """The names the annotations of ``cls`` and its bases may use (the most derived module wins)."""
    namespace: dict[str, object] = {}
    for klass in reversed(cls.__mro__):
        namespace.update(_module_namespace(klass.__module__))
    return namespace


class _Finder:
    """Walks annotations to their leaves, noting every ``Any`` (and every type variable left unbound)."""

    def __init__(self, namespace: dict[str, object], bindings: dict[object, object]) -> None:
        self.namespace = namespace
        self.bindings = bindings
        self.found: list[str] = []
        self._seen: set[int] = set()

    def evaluate(self, annotation: object) -> object:
        if isinstance(annotation, str):
            annotation = typing.ForwardRef(annotation)
        if isinstance(annotation, typing.ForwardRef):
            return eval(annotation.__forward_arg__, self.namespace)
        return annotation

    def walk(self, annotation: object, where: str) -> None:
        annotation = self.evaluate(annotation)
        if annotation is Any:
            self.found.append(where)
            return
        if isinstance(annotation, TypeVar):
            if annotation not in self.bindings:
                self.found.append(f"{where} (type variable {annotation.__name__} left unbound)")
                return
            self.walk(self.bindings[annotation], where)
            return
        if isinstance(annotation, TypeAliasType):
            if id(annotation) not in self._seen:  # a recursive alias (JSONValue) is walked once
                self._seen.add(id(annotation))
                value = annotation.__value__
                if isinstance(value, str):
                    value = eval(value, _module_namespace(annotation.__module__))
                self.walk(value, where)
            return
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        if origin is typing.Literal:
            return
        if origin in (typing.Unpack, typing.Required, typing.NotRequired, typing.ClassVar, typing.Final):
            for arg in args:
                self.walk(arg, where)
            return
        if typing.is_typeddict(annotation):
            self.walk_typeddict(annotation, where)
            return
        for arg in args:
            if arg is not Ellipsis and not isinstance(arg, list):
                self.walk(arg, where)
            elif isinstance(arg, list):  # Callable's parameter list
                for parameter in arg:
                    self.walk(parameter, where)
        target = origin if isinstance(origin, type) else annotation
        if isinstance(target, type) and target in EXPORTED and id(annotation) not in self._seen:
            self._seen.add(id(annotation))
            bound = dict(self.bindings)
            parameters = getattr(target, "__parameters__", ())
            if args and len(args) == len(parameters):
                bound.update(zip(parameters, [self.resolve(a) for a in args], strict=True))
            for parameter in parameters:
                if parameter not in bound and getattr(parameter, "has_default", lambda: False)():
                    bound[parameter] = parameter.__default__
            inner = _Finder(_namespace_of(target), bound)
            inner._seen = self._seen
            inner.walk_members(target, f"{where} -> {target.__name__}")
            self.found.extend(inner.found)

    def resolve(self, annotation: object) -> object:
        annotation = self.evaluate(annotation)
        return self.bindings.get(annotation, annotation) if isinstance(annotation, TypeVar) else annotation

    def walk_typeddict(self, typeddict: type, where: str) -> None:
        if id(typeddict) in self._seen:
            return
        self._seen.add(id(typeddict))
        hints = typing.get_type_hints(typeddict, _module_namespace(typeddict.__module__), include_extras=True)
        for key, hint in hints.items():
            self.walk(hint, f"{where} -> {typeddict.__name__}.{key}")

    def walk_members(self, cls: type, where: str) -> None:
        for name, hints in _public_hints(cls, self.namespace):
            for part, hint in hints.items():
                self.walk(hint, f"{where}.{name} ({part})")


def _public_hints(cls: type, namespace: dict[str, object]) -> Iterator[tuple[str, dict[str, object]]]:
    """(name, its annotations) for each public method, property and annotated attribute of ``cls``."""
    attributes: dict[str, object] = {}
    for klass in reversed(cls.__mro__):
        if klass in (object, Generic):
            continue
        raw = vars(klass).get("__annotations__", {})
        for key, value in raw.items():
            if not key.startswith("_"):
                attributes[key] = value
    for name in sorted(set(dir(cls)) | set(attributes)):
        if name.startswith("_") and name not in PUBLIC_DUNDERS:
            continue
        member = inspect.getattr_static(cls, name, None)
        if isinstance(member, staticmethod | classmethod):
            member = member.__func__
        if isinstance(member, property):
            member = member.fget
        if isinstance(member, functools.cached_property):
            member = member.func
        if inspect.isfunction(member):
            if member.__qualname__.startswith(("object.", "Generic.")):
                continue
            yield name, typing.get_type_hints(member, namespace, include_extras=True)
        elif name in attributes:
            yield name, {"attribute": attributes[name]}


def _bindings(cls: type, namespace: dict[str, object]) -> dict[object, object]:
    """Each generic base's type variables as ``cls`` binds them (through every level of the bases)."""
    bound: dict[object, object] = {}
    for klass in reversed(cls.__mro__):
        for base in getattr(klass, "__orig_bases__", ()):
            origin = typing.get_origin(base)
            parameters = getattr(origin, "__parameters__", ())
            for parameter, arg in zip(parameters, typing.get_args(base), strict=False):
                if isinstance(arg, str | typing.ForwardRef):
                    arg = eval(arg if isinstance(arg, str) else arg.__forward_arg__, namespace)
                bound[parameter] = bound.get(arg, arg) if isinstance(arg, TypeVar) else arg
    return bound


def any_in_public_signatures(cls: type) -> list[str]:
    """Where ``Any`` occurs in the public signatures of ``cls``, one entry per occurrence."""
    namespace = _namespace_of(cls)
    finder = _Finder(namespace, _bindings(cls, namespace))
    finder.walk_members(cls, cls.__name__)
    return finder.found


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.__name__)
def test_no_any_in_the_public_signatures_of_a_client(client: type) -> None:
    found = any_in_public_signatures(client)
    assert found == [], f"{len(found)} Any in the public signatures of {client.__name__}:\n" + "\n".join(found)


def unannotated_public_attributes(client: object) -> list[str]:
    """Public attributes of an instance that no class annotation types (mypy infers them, often Any)."""
    annotated = {key for klass in type(client).__mro__ for key in vars(klass).get("__annotations__", {})}
    return sorted(
        f"{type(client).__name__}.{name} (attribute without annotation)"
        for name in vars(client)
        if not name.startswith("_") and name not in annotated
    )


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.__name__)
def test_every_public_attribute_of_a_client_is_annotated(client: type, monkeypatch: pytest.MonkeyPatch) -> None:
    info = next(i for i in REGISTRY.values() if client in (i.client, i.async_client))
    for credential in info.credentials:
        monkeypatch.setenv(credential.env, f"value-of-{credential.argument}")
    instance = client(base_url="http://127.0.0.1:9")
    try:
        assert unannotated_public_attributes(instance) == []
        assert {"base_url", "generated"} <= set(vars(instance)) and "adapter" not in vars(instance)
    finally:
        close = getattr(instance, "close", None) or instance.aclose
        result = close()
        if inspect.isawaitable(result):
            asyncio.run(result)


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.__name__)
def test_the_resume_token_type_names_what_a_page_resumes_with(client: type) -> None:
    # ReviewPage.resume holds the adapter's resume_args: the typed token must name exactly those.
    namespace = _namespace_of(client)
    resume_type = _bindings(client, namespace)[rb.ReviewPage.__parameters__[2]]
    info = next(i for i in REGISTRY.values() if client in (i.client, i.async_client))
    if resume_type is type(None):  # a listing of one page: nothing to resume
        resume_type = None
    keys = set() if resume_type is None else set(typing.get_type_hints(resume_type))
    assert keys == set(info.resume_keys)
    if resume_type is not None:
        assert typing.is_typeddict(resume_type)
        # JSON-serialisable: strings and whole numbers only
        assert set(typing.get_type_hints(resume_type).values()) <= {str, int}


def test_the_clients_public_surface_is_read_whole() -> None:
    # The walk sees what a user calls: inherited members, bound generics, unpacked filters.
    names = {name for name, _ in _public_hints(rb.Thanx, _namespace_of(rb.Thanx))}
    assert {"reviews", "review_pages", "pages", "generated", "close", "__init__", "retries"} <= names
    namespace = _namespace_of(rb.Thanx)
    bindings = _bindings(rb.Thanx, namespace)
    assert set(map(str, bindings.values())) >= {
        "<class 'thanx_client.models.feedback_list.FeedbackList'>",
        "<class 'thanx_client.client.Client'>",
    }


def test_the_checker_finds_any_nested_unpacked_and_behind_type_variables(tmp_path: Path) -> None:
    source = textwrap.dedent(
        """
        from __future__ import annotations
        from collections.abc import Iterator
        from typing import Any, Generic, TypedDict, TypeVar, Unpack

        T = TypeVar("T")

        class Options(TypedDict, total=False):
            extra: dict[str, Any]

        class Base(Generic[T]):
            def items(self) -> Iterator[T]:
                raise NotImplementedError

        class Client(Base[list[Any]]):
            def fine(self, name: str) -> int:
                return 0

            def nested(self, resume: dict[str, Any] | None = None) -> None:
                pass

            def unpacked(self, **options: Unpack[Options]) -> None:
                pass
        """
    )
    path = tmp_path / "sample_client_module.py"
    path.write_text(source, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        module = __import__("sample_client_module")
        found = any_in_public_signatures(module.Client)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("sample_client_module", None)
    assert sorted(found) == [
        "Client.items (return)",
        "Client.nested (resume)",
        "Client.unpacked (options) -> Options.extra",
    ]


def test_a_type_variable_left_unbound_is_reported() -> None:
    T = TypeVar("T")

    class Open(Generic[T]):
        def get(self) -> T:
            raise NotImplementedError

    found = any_in_public_signatures(Open)
    assert found == ["Open.get (return) (type variable T left unbound)"]


def test_json_types_are_walked_without_looping() -> None:
    from reviewbridge._json import JSONValue

    finder = _Finder({}, {})
    finder.walk(types.GenericAlias(list, (JSONValue,)), "sample")
    assert finder.found == []
