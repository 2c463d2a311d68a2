"""The Review model: immutable, compared and hashed by its fields (not its source), picklable; and the
generated models packages, which import each model on first access."""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import inspect
import pickle
import subprocess
import sys

import pytest
import reviewbridge as rb
from hypothesis import given
from hypothesis import strategies as st
from reviewbridge._review import FIELDS, new_review

from tests.conftest import PROVIDERS

STAMP = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)


def _review(**changes: object) -> rb.Review:
    fields: dict[str, object] = {
        "provider": "thanx",
        "id": "fb-1",
        "rating": 9.0,
        "rating_max": 10,
        "text": "Great",
        "pros": ("fast",),
        "author": "Ann",
        "created_at": STAMP,
        "updated_at": STAMP,
        "source": {"id": "fb-1", "rating": 9},
    }
    fields.update(changes)
    return rb.Review(**fields)  # type: ignore[arg-type]


def test_fields_read_back_and_defaults_apply() -> None:
    review = _review()
    assert (review.provider, review.id, review.rating, review.rating_max) == ("thanx", "fb-1", 9.0, 10)
    assert (review.text, review.pros, review.author, review.created_at) == ("Great", ("fast",), "Ann", STAMP)
    assert (review.title, review.cons, review.reply, review.product, review.order_ref, review.status) == (
        None,
        (),
        None,
        None,
        None,
        None,
    )
    assert review.raw_json == {"id": "fb-1", "rating": 9}
    assert review.version_key() == f"fb-1@{STAMP.isoformat()}"
    assert rb.Review(provider="x", id="1", rating=None, rating_max=5).raw_json == {}


@pytest.mark.parametrize("name", ["id", "rating", "text", "updated_at", "provider"])
def test_a_review_cannot_be_changed(name: str) -> None:
    review = _review()
    with pytest.raises(AttributeError):
        setattr(review, name, "changed")
    with pytest.raises(AttributeError):
        delattr(review, name)
    with pytest.raises(AttributeError):
        review.new_member = 1  # type: ignore[attr-defined]
    assert review == _review()


def test_equality_and_hash_follow_the_fields_not_the_source() -> None:
    assert _review() == _review(source={"something": "else"})
    assert hash(_review()) == hash(_review(source={}))
    assert _review() != _review(rating=8.0)
    assert _review() != _review(updated_at=STAMP + dt.timedelta(seconds=1))
    assert len({_review(), _review(), _review(id="fb-2")}) == 2
    assert _review() != ("thanx", "fb-1")


def test_repr_names_the_fields_and_leaves_the_source_out() -> None:
    text = repr(_review(source={"secretish": "x"}))
    assert text.startswith("Review(provider='thanx', id='fb-1', rating=9.0, rating_max=10, title=None, text='Great'")
    assert "secretish" not in text


def test_pickle_and_copy_keep_everything() -> None:
    review = _review()
    for clone in (pickle.loads(pickle.dumps(review)), copy.copy(review), copy.deepcopy(review)):
        assert clone == review
        assert clone.raw_json == review.raw_json
        assert clone.version_key() == review.version_key()


def test_raw_is_built_once_from_the_model() -> None:
    class Model:
        built = 0

        @classmethod
        def from_dict(cls, source: dict[str, object]) -> tuple[str, object]:
            cls.built += 1
            return ("model", source["id"])

    review = _review(model=Model)
    assert review.raw == ("model", "fb-1")
    assert review.raw is review.raw
    assert Model.built == 1
    assert _review().raw is None


class _Model:
    @staticmethod
    def from_dict(source: dict[str, object]) -> tuple[str, object]:
        return ("model", source.get("id"))


_texts = st.none() | st.text(max_size=5)
_stamps = st.none() | st.datetimes(timezones=st.just(dt.UTC))
_review_values = st.tuples(
    st.text(max_size=5),  # provider
    st.text(max_size=5),  # id
    st.none() | st.floats(allow_nan=False),  # rating
    st.integers(0, 10),  # rating_max
    _texts,  # title
    _texts,  # text
    st.lists(st.text(max_size=3), max_size=2).map(tuple),  # pros
    st.lists(st.text(max_size=3), max_size=2).map(tuple),  # cons
    _texts,  # author
    _stamps,  # created_at
    _stamps,  # updated_at
    _texts,  # reply
    _texts,  # product
    _texts,  # order_ref
    _texts,  # status
    st.dictionaries(st.sampled_from(["id", "x"]), st.integers()),  # source
    st.sampled_from([None, _Model]),  # model
)


def test_the_positional_factory_takes_the_fields_in_their_order() -> None:
    names = list(inspect.signature(new_review).parameters)
    assert names == [*FIELDS, "source", "model"]
    keyword = inspect.signature(rb.Review).parameters
    assert list(keyword) == names  # the keyword constructor lists them alike


@given(_review_values)
def test_the_positional_factory_builds_what_the_constructor_builds(values: tuple[object, ...]) -> None:
    made = new_review(*values)  # type: ignore[arg-type]
    built = rb.Review(**dict(zip(inspect.signature(rb.Review).parameters, values, strict=True)))  # type: ignore[arg-type]
    assert type(made) is rb.Review
    assert [getattr(made, name) for name in FIELDS] == [getattr(built, name) for name in FIELDS]
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert made.raw_json is values[-2]
    assert made.raw == built.raw
    assert made.version_key() == built.version_key()
    clone = pickle.loads(pickle.dumps(made))
    assert clone == built and clone.raw_json == built.raw_json and clone.raw == built.raw
    with pytest.raises(AttributeError):
        made.id = "changed"  # type: ignore[misc]


@pytest.mark.parametrize("package", [f"{provider}_client" for provider in PROVIDERS])
def test_generated_models_load_on_first_access(package: str) -> None:
    models = importlib.import_module(f"{package}.models")
    for name in models.__all__:
        assert getattr(models, name).__name__ == name
        assert name in dir(models)
    with pytest.raises(AttributeError, match="has no attribute 'NoSuchModel'"):
        models.NoSuchModel  # noqa: B018


def test_importing_a_models_package_imports_no_model_until_one_is_used() -> None:
    probe = (
        "import sys, thanx_client.models as m; "
        "loaded = lambda: sorted(n for n in sys.modules if n.startswith('thanx_client.models.')); "
        "print(loaded()); m.FeedbackView; print(loaded()); print(m.purchase_order.__name__)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    before, after, submodule = done.stdout.splitlines()
    assert before == "[]"
    assert "'thanx_client.models.feedback'" in after and "'thanx_client.models.error'" not in after
    assert submodule == "thanx_client.models.purchase_order"
