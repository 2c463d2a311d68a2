"""Contains all the data models used in inputs/outputs, the JSON shape of each model and typed views of it"""

import importlib
from typing import TYPE_CHECKING

__all__ = (
    "BranchAttribution",
    "BranchAttributionJSON",
    "BranchAttributionView",
    "CustomerExperienceReview",
    "CustomerExperienceReviewDetail",
    "CustomerExperienceReviewDetailJSON",
    "CustomerExperienceReviewDetailView",
    "CustomerExperienceReviewJSON",
    "CustomerExperienceReviewList",
    "CustomerExperienceReviewListJSON",
    "CustomerExperienceReviewListView",
    "CustomerExperienceReviewView",
    "Error",
    "ErrorJSON",
    "ErrorView",
    "FastResponse",
    "FastResponseJSON",
    "FastResponseOrganisation",
    "FastResponseOrganisationJSON",
    "FastResponseOrganisationView",
    "FastResponseRespondent",
    "FastResponseRespondentJSON",
    "FastResponseRespondentView",
    "FastResponseView",
    "QuestionResponse",
    "QuestionResponseDisplayKey",
    "QuestionResponseJSON",
    "QuestionResponseView",
    "Reviewer",
    "ReviewerJSON",
    "ReviewerView",
)

#: the module of each name above
_MODULE_OF = {
    "BranchAttribution": "branch_attribution",
    "BranchAttributionJSON": "branch_attribution",
    "BranchAttributionView": "branch_attribution",
    "CustomerExperienceReview": "customer_experience_review",
    "CustomerExperienceReviewDetail": "customer_experience_review_detail",
    "CustomerExperienceReviewDetailJSON": "customer_experience_review_detail",
    "CustomerExperienceReviewDetailView": "customer_experience_review_detail",
    "CustomerExperienceReviewJSON": "customer_experience_review",
    "CustomerExperienceReviewList": "customer_experience_review_list",
    "CustomerExperienceReviewListJSON": "customer_experience_review_list",
    "CustomerExperienceReviewListView": "customer_experience_review_list",
    "CustomerExperienceReviewView": "customer_experience_review",
    "Error": "error",
    "ErrorJSON": "error",
    "ErrorView": "error",
    "FastResponse": "fast_response",
    "FastResponseJSON": "fast_response",
    "FastResponseOrganisation": "fast_response_organisation",
    "FastResponseOrganisationJSON": "fast_response_organisation",
    "FastResponseOrganisationView": "fast_response_organisation",
    "FastResponseRespondent": "fast_response_respondent",
    "FastResponseRespondentJSON": "fast_response_respondent",
    "FastResponseRespondentView": "fast_response_respondent",
    "FastResponseView": "fast_response",
    "QuestionResponse": "question_response",
    "QuestionResponseDisplayKey": "question_response_display_key",
    "QuestionResponseJSON": "question_response",
    "QuestionResponseView": "question_response",
    "Reviewer": "reviewer",
    "ReviewerJSON": "reviewer",
    "ReviewerView": "reviewer",
}
_MODULES = frozenset(_MODULE_OF.values())

if TYPE_CHECKING:
    from .branch_attribution import (
        BranchAttribution,
        BranchAttributionJSON,
        BranchAttributionView,
    )
    from .customer_experience_review import (
        CustomerExperienceReview,
        CustomerExperienceReviewJSON,
        CustomerExperienceReviewView,
    )
    from .customer_experience_review_detail import (
        CustomerExperienceReviewDetail,
        CustomerExperienceReviewDetailJSON,
        CustomerExperienceReviewDetailView,
    )
    from .customer_experience_review_list import (
        CustomerExperienceReviewList,
        CustomerExperienceReviewListJSON,
        CustomerExperienceReviewListView,
    )
    from .error import Error, ErrorJSON, ErrorView
    from .fast_response import FastResponse, FastResponseJSON, FastResponseView
    from .fast_response_organisation import (
        FastResponseOrganisation,
        FastResponseOrganisationJSON,
        FastResponseOrganisationView,
    )
    from .fast_response_respondent import (
        FastResponseRespondent,
        FastResponseRespondentJSON,
        FastResponseRespondentView,
    )
    from .question_response import (
        QuestionResponse,
        QuestionResponseJSON,
        QuestionResponseView,
    )
    from .question_response_display_key import QuestionResponseDisplayKey
    from .reviewer import Reviewer, ReviewerJSON, ReviewerView
else:

    def __getattr__(name: str) -> object:
        # Hidden from type checkers: to them an unknown name stays an error, not an ``object``.
        if name in _MODULES:  # a model's module, as the eager package had them all loaded
            return importlib.import_module(f"{__name__}.{name}")
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value  # later reads find it without calling this function
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
