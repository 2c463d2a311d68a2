"""Every public annotation of reviewbridge resolves at run time.

Sphinx autodoc, pydantic's ``validate_call``, typer and every tool that reads annotations call
``typing.get_type_hints``; an annotation naming something imported only for type checkers fails there
with ``NameError``. This walks every name in ``reviewbridge.__all__`` (classes with their public
methods and properties, inherited ones included; functions) with nothing but ``get_type_hints`` and the
objects' own modules, and follows the classes the annotations name, reviewbridge's own and the
generated packages' (TypedDicts, models, their constructors included), with their members.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import types
import typing
from collections.abc import Iterator

import reviewbridge as rb
from reviewbridge._client import _raw_namespace
from reviewbridge._providers import REGISTRY

from tests.conftest import PROVIDERS

#: dunder methods that belong to the public surface (construction and context management)
PUBLIC_DUNDERS = frozenset({"__init__", "__enter__", "__exit__", "__aenter__", "__aexit__"})
#: private methods whose annotations are public types
TYPED_PRIVATE: frozenset[str] = frozenset()
GENERATED = tuple(f"{provider}_client" for provider in PROVIDERS)
CLIENTS = frozenset(client for info in REGISTRY.values() for client in (info.client, info.async_client))
#: the provider whose client the lazy-import probe names
FIRST = next(iter(REGISTRY.values()))


def _ours(cls: type) -> bool:
    return cls.__module__.split(".")[0] == "reviewbridge"


def _followed(cls: type) -> bool:
    return _ours(cls) or cls.__module__.split(".")[0] in GENERATED


def _functions(cls: type) -> Iterator[tuple[str, object]]:
    """The public functions of ``cls`` (methods, property accessors), inherited ones from our own or the
    generated bases."""
    for name in dir(cls):
        if name.startswith("_") and name not in PUBLIC_DUNDERS | TYPED_PRIVATE:
            continue
        owner = next((k for k in cls.__mro__ if name in vars(k)), None)
        if owner is None or not _followed(owner):
            continue  # object's, Exception's, dict's: no annotations to read
        member = inspect.getattr_static(cls, name)
        if isinstance(member, (classmethod, staticmethod)):
            member = member.__func__
        if isinstance(member, property):
            for accessor in (member.fget, member.fset):
                if accessor is not None:
                    yield f"{name} (property)", accessor
        elif inspect.isfunction(member):
            yield name, member


def _classes_in(annotation: object) -> Iterator[type]:
    if isinstance(annotation, type) and not isinstance(annotation, types.GenericAlias):
        yield annotation
    origin = typing.get_origin(annotation)
    if isinstance(origin, type):
        yield origin
    for arg in typing.get_args(annotation):
        yield from _classes_in(arg)


def _walk() -> tuple[list[str], list[str]]:
    """(what was read, what failed and why), each as ``qualified name`` lines."""
    read: list[str] = []
    failed: list[str] = []
    queue: list[tuple[str, object]] = []
    seen: set[int] = set()

    def visit(label: str, obj: object) -> None:
        if id(obj) in seen:
            return
        seen.add(id(obj))
        queue.append((label, obj))

    for name in rb.__all__:
        value = getattr(rb, name)
        if isinstance(value, type) or inspect.isfunction(value):
            visit(name, value)
    while queue:
        label, obj = queue.pop(0)
        try:
            hints = typing.get_type_hints(obj, include_extras=True)
        except Exception as error:
            failed.append(f"{label}: {type(error).__name__}: {error}")
            continue
        read.append(label)
        for hint in hints.values():
            for cls in _classes_in(hint):
                if _followed(cls):
                    visit(f"{cls.__module__}.{cls.__qualname__}", cls)
        if isinstance(obj, type) and _followed(obj):
            for name, function in _functions(obj):
                visit(f"{label}.{name}", function)
        if obj in CLIENTS:  # what its ``with_raw_response`` returns: the class its Listing base names
            raw = _raw_namespace(obj)
            visit(f"{raw.__module__}.{raw.__qualname__}", raw)
    return read, failed


def test_every_public_annotation_resolves_with_get_type_hints() -> None:
    read, failed = _walk()
    assert failed == [], f"{len(failed)} of {len(read) + len(failed)} fail:\n" + "\n".join(failed)


def test_the_walk_reaches_client_methods_their_filters_and_the_generated_types() -> None:
    read, _ = _walk()
    # The walk itself is what the test above rests on: it must reach each kind of thing it claims to.
    assert "Review.raw (property)" in read
    for name, info in REGISTRY.items():  # each provider's clients, its filters and its generated models
        client, aclient = info.client.__name__, info.async_client.__name__
        assert {f"{client}.__init__", f"{aclient}.__init__"} <= set(read)
        # a listing call is one function for both twins (written once): read under whichever came first
        assert f"{client}.reviews" in read or f"{aclient}.reviews" in read, name
        assert any(entry.startswith(f"reviewbridge._providers.{name}.") for entry in read), name
        models = [entry for entry in read if entry.startswith(f"{name}_client.models.")]
        assert any(m.endswith(".__init__") for m in models) and any(m.endswith(".from_dict") for m in models), name
    assert len(read) > 200


def test_resolved_hints_are_the_real_types() -> None:
    from etrusted_client.models import ReviewVetoResponse

    hints = typing.get_type_hints(rb.ETrusted.get_veto)
    assert hints["return"] is ReviewVetoResponse


def test_importing_reviewbridge_loads_no_generated_package_until_a_client_is_named() -> None:
    probe = (
        "import sys, reviewbridge as rb; "
        f"loaded = lambda: sorted(n for n in sys.modules if n.split('.')[0] in {GENERATED!r}); "
        f"print(loaded()); rb.{FIRST.client.__name__}; print(sorted({{n.split('.')[0] for n in loaded()}})); "
        "print(all(n in dir(rb) for n in rb.__all__))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    before, after, listed = done.stdout.splitlines()
    assert before == "[]"
    assert after == f"['{FIRST.name}_client']"
    assert listed == "True"


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        rb.NoSuchClient  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as error:
        assert "NoSuchClient" in str(error)
    else:
        raise AssertionError("reviewbridge.NoSuchClient did not raise AttributeError")
