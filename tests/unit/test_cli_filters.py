"""The scope and filter flags come from each provider's generated list operation (its ``FILTERS`` and paging
descriptor): every filter is a typed flag or refused with why, values are checked (listed values, bounds,
date-times) with one line and exit status 2, ``--page-size`` maps to the descriptor's parameter, and
``COMMAND PROVIDER --help`` lists the filters, the credential variables and an example."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shlex
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from reviewbridge._cli import _jobs_from_args, build_parser, main
from reviewbridge._export import load_config
from reviewbridge._providers import REGISTRY, ProviderInfo, ScopeOption
from reviewbridge._providers._filters import BadValue, from_text

NAMES = sorted(REGISTRY)
COMMANDS = ("export", "load", "check")


def parse(*argv: str) -> Any:
    return build_parser().parse_args(list(argv))


def fail(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """The one error line of a command line refused as usage (exit status 2)."""
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


def required_flags(info: ProviderInfo, but: str = "") -> list[str]:
    """Flags giving every required option of ``info`` (but the one named) some value."""
    flags: list[str] = []
    for option in info.options:
        if option.required and option.cli and option.key != but:
            flags += [option.flag, "x"]
    return flags


def test_every_filter_of_each_list_operation_is_an_option_or_refused_with_why() -> None:
    for info in REGISTRY.values():
        keys = {o.key for o in info.options}
        for parameter in info.listing.FILTERS:
            assert (parameter.python_name in keys) != (parameter.python_name in info.refused), parameter
        for key, why in info.refused.items():
            assert why and info.option(key) is None


def test_the_filters_the_export_sets_itself_are_refused() -> None:
    for info in REGISTRY.values():
        for key in (*info.export.order, info.export.since_filter):
            if key is not None and key in {p.python_name for p in info.listing.FILTERS}:
                assert key in info.refused and info.option(key) is None


def test_options_take_the_spec_kind_values_bounds_and_description() -> None:
    kinds = {"string": "text", "integer": "int", "number": "number", "boolean": "flag"}
    for info in REGISTRY.values():
        for parameter in info.listing.FILTERS:
            option = info.option(parameter.python_name)
            if option is None:
                continue
            assert option.kind == kinds.get(parameter.kind, parameter.kind)
            assert (option.choices, option.minimum, option.maximum) == (
                parameter.choices,
                parameter.minimum,
                parameter.maximum,
            )
            assert option.repeated == parameter.repeated
            assert option.help  # the spec's description, or the declaration's
            assert option.required or not parameter.required


def test_a_filter_added_to_the_generated_operation_is_a_typed_checked_flag(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # What `make generate` writes for a new query parameter (integer, 1 to 9, repeated) and a new
    # extensible enum: no facade change, a flag each.
    name = NAMES[0]
    info = REGISTRY[name]
    parameter = type(info.listing.FILTERS[0])
    added = (
        parameter("newLevel", "new_level", required=False, kind="integer", repeated=True, minimum=1, maximum=9,
                  description="Only records at one of these levels."),
        parameter("mood", "mood", required=False, kind="string", choices=("calm", "busy"), open_choices=True,
                  description="Only records in this mood."),
    )  # fmt: skip
    listing = SimpleNamespace(FILTERS=(*info.listing.FILTERS, *added), PAGINATION=info.listing.PAGINATION)
    grown = dataclasses.replace(info, listing=listing)
    monkeypatch.setitem(REGISTRY, name, grown)
    level = grown.option("new_level")
    assert level is not None and (level.kind, level.many, level.flag) == ("int", True, "--new-level")
    args = parse("export", name, *required_flags(grown), "--new-level", "3", "--new-level", "9", "--mood", "other")
    (job,) = _jobs_from_args(args)
    assert job.filters["new_level"] == [3, 9] and job.filters["mood"] == "other"  # an open enum passes others on
    line = fail(["export", name, *required_flags(grown), "--new-level", "10", "--out", "-"], capsys)
    assert "--new-level" in line and "out of range: 1 to 9" in line


@pytest.mark.parametrize("name", NAMES)
def test_each_typed_flag_reaches_the_job_as_its_kind(name: str) -> None:
    info = REGISTRY[name]
    samples = {"text": "abc", "int": None, "number": "2.5", "date": "2024-05-01",
               "date-time": "2024-05-01T10:00:00Z", "date-or-date-time": "2024-05-01T10:00:00Z"}  # fmt: skip
    for option in info.options:
        if not option.cli or option.kind == "flag" or option.unless is not None:
            continue
        text = str(option.choices[0]) if option.choices else samples[option.kind]
        if option.kind == "int" and text is None:
            text = str(option.minimum if option.minimum is not None else 1)
        if option.pattern is not None and option.example is not None:
            text = str(option.example[0] if isinstance(option.example, tuple) else option.example)
        argv = ["export", name, *required_flags(info, option.key), option.flag, text]
        (job, *_) = _jobs_from_args(parse(*argv))
        value = job.filters[option.key]
        if option.many and not option.scope_per_value:
            assert isinstance(value, list) and len(value) == 1
            value = value[0]
        expected = from_text(option, text)
        assert value == expected and type(value) is type(expected), option.key
        if option.kind == "date-time":
            assert value == dt.datetime(2024, 5, 1, 10, tzinfo=dt.UTC)


@pytest.mark.parametrize("name", NAMES)
def test_booleans_take_yes_and_no(name: str) -> None:
    info = REGISTRY[name]
    for option in info.options:
        if option.kind != "flag" or not option.cli or option.key == info.export.partition:
            continue
        yes = parse("export", name, *required_flags(info), option.flag)
        no = parse("export", name, *required_flags(info), "--no-" + option.flag.removeprefix("--"))
        if option.unless is None and all(o.unless != option.key for o in info.options):
            assert _jobs_from_args(yes)[0].filters[option.key] is True
            assert _jobs_from_args(no)[0].filters[option.key] is False


def bad_values(option: ScopeOption) -> list[str]:
    """Values ``option`` refuses."""
    bad: list[str] = []
    if option.kind in ("int", "number"):
        bad.append("many")
    if option.kind == "int" and option.maximum is not None:
        bad.append(str(int(option.maximum) + 1))
    if option.kind == "int" and option.minimum is not None:
        bad.append(str(int(option.minimum) - 1))
    if option.kind in ("date-time", "date-or-date-time"):
        bad += ["yesterday", "2024-13-01T00:00:00Z"]
    if option.choices and not option.open_choices:
        bad.append("no-such-value")
    if option.pattern == "^[^,]+$":
        bad.append("a,b")
    return bad


@pytest.mark.parametrize("name", NAMES)
def test_a_bad_value_is_one_line_naming_the_flag_and_exit_status_2(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    info = REGISTRY[name]
    tried = 0
    for option in info.options:
        if not option.cli:
            continue
        for value in bad_values(option):
            line = fail(["export", name, *required_flags(info), option.flag, value, "--out", "-"], capsys)
            assert line.startswith("reviewbridge: error: argument ") and option.flag in line, line
            assert repr(value) in line or value in line
            tried += 1
    size = info.page_size
    if size is not None:
        assert size.maximum is not None
        for value in (str(int(size.maximum) + 1), "0", "lots"):
            line = fail(["export", name, *required_flags(info), "--page-size", value, "--out", "-"], capsys)
            assert "--page-size" in line
            tried += 1
    assert tried or not any(bad_values(o) for o in info.options)


@pytest.mark.parametrize("name", NAMES)
def test_page_size_is_the_descriptor_page_size_parameter(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    info = REGISTRY[name]
    descriptor = info.listing.PAGINATION.page_size
    if descriptor is None:
        line = fail(["export", name, *required_flags(info), "--page-size", "5", "--out", "-"], capsys)
        expected = f"--page-size does not apply to {name} (see 'reviewbridge export {name} --help')"
        assert line == f"reviewbridge: error: {expected}"
        return
    size = info.page_size
    assert size is not None and size.key == descriptor.parameter.python_name and not size.cli
    assert size.maximum == descriptor.maximum
    (job, *_) = _jobs_from_args(parse("export", name, *required_flags(info), "--page-size", str(descriptor.maximum)))
    assert job.filters[size.key] == descriptor.maximum


@pytest.mark.parametrize("name", NAMES)
def test_a_refused_filter_is_one_line_saying_why(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    info = REGISTRY[name]
    for key, why in info.refused.items():
        flag = "--" + key.rstrip("_").replace("_", "-")
        line = fail(["export", name, *required_flags(info), flag, "x", "--out", "-"], capsys)
        assert line == f"reviewbridge: error: {flag} is not an option: {why}"


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", NAMES)
def test_help_lists_the_filters_the_credential_variables_and_an_example(
    name: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    info = REGISTRY[name]
    with pytest.raises(SystemExit) as exited:
        main([command, name, "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    for option in info.options:
        if option.cli:
            assert option.flag in text, option.flag
    if info.page_size is not None:
        assert "--page-size" in text
    for credential in info.credentials:
        assert credential.env in text
    assert info.example, f"{name}: its ProviderInfo declares no --help example"
    example = f"reviewbridge {command} {name} {info.example}"
    assert example in text
    # The example is a valid command line.
    args = parse(*shlex.split(example)[1:])
    assert _jobs_from_args(args)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_without_a_provider_names_each_provider_credentials_and_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    text = capsys.readouterr().out
    assert f"reviewbridge {command} PROVIDER --help" in text
    for info in REGISTRY.values():
        assert f"{info.name}: credentials from {', '.join(c.env for c in info.credentials)}" in text
        assert f"e.g. reviewbridge {command} {info.name} {info.example}" in text


def test_a_refused_filter_in_a_config_file_says_why(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for info in REGISTRY.values():
        for credential in info.credentials:
            monkeypatch.setenv(credential.env, "value")
        for key, why in info.refused.items():
            path = tmp_path / "refused.toml"
            path.write_text(f'[[export]]\nprovider = "{info.name}"\n{key} = "x"\n', encoding="utf-8")
            with pytest.raises(Exception, match=re.escape(f"{key} is not an option: {why}")):
                load_config(path)


def test_a_flag_of_another_provider_does_not_apply(capsys: pytest.CaptureFixture[str]) -> None:
    for info in REGISTRY.values():
        own = {o.flag for o in info.options}
        for other in REGISTRY.values():
            foreign = [o for o in other.options if o.cli and o.kind != "flag" and o.flag not in own]
            if foreign:
                flag = foreign[0].flag
                line = fail(["export", info.name, *required_flags(info), flag, "1", "--out", "-"], capsys)
                assert f"{flag} does not apply to {info.name}" in line
                break


def test_config_files_take_the_derived_options_checked_the_same_way(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for info in REGISTRY.values():
        for credential in info.credentials:
            monkeypatch.setenv(credential.env, "value")
        checked = [o for o in info.options if bad_values(o) and not o.scope_per_value]
        for option in checked:
            entry = [f'provider = "{info.name}"']
            entry += [f'{o.key} = "x"' for o in info.options if o.required and o.key != option.key]
            bad = bad_values(option)[-1]
            path = tmp_path / "bad.toml"
            text = bad if option.kind in ("int", "number") and bad.lstrip("-").isdigit() else f'"{bad}"'
            path.write_text("[[export]]\n" + "\n".join([*entry, f"{option.key} = {text}"]) + "\n", encoding="utf-8")
            with pytest.raises(Exception, match=option.key) as raised:
                load_config(path)
            assert type(raised.value).__name__ == "ConfigurationError"


def test_values_are_read_as_the_kind_says() -> None:
    stamp = ScopeOption("t", "", kind="date-time")
    assert from_text(stamp, "2024-05-01T02:00:00+02:00") == dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    either = ScopeOption("d", "", kind="date-or-date-time")
    assert from_text(either, "2024-05-01") == dt.date(2024, 5, 1)
    with pytest.raises(BadValue, match="not an ISO 8601 date-time"):
        from_text(stamp, "1 May")
    ranged = ScopeOption("n", "", kind="int", minimum=1, maximum=5)
    with pytest.raises(BadValue, match="out of range: 1 to 5"):
        from_text(ranged, "6")
    listed = ScopeOption("s", "", choices=("a", "b"))
    with pytest.raises(BadValue, match="not one of a, b"):
        from_text(listed, "c")
    assert from_text(dataclasses.replace(listed, open_choices=True), "c") == "c"
    shaped = ScopeOption("p", "", pattern="^[a-z]+$", example="abc")
    with pytest.raises(BadValue, match=r"not of the form the API documents \(e.g. abc\)"):
        from_text(shaped, "A1")
    with pytest.raises(BadValue, match=r"documents \(\^\[a-z\]\+\$\)"):
        from_text(dataclasses.replace(shaped, example=None), "A1")


def test_filter_flags_with_all_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    info = REGISTRY[NAMES[0]]
    option = next(o for o in info.options if o.cli and o.kind != "flag")
    config = tmp_path / "c.toml"
    config.write_text("", encoding="utf-8")
    line = fail(["export", "--all", "--config", str(config), option.flag, "1", "--out", "-"], capsys)
    assert line.endswith("scope and filter flags name one PROVIDER's scope; with --all, give them in the config")
