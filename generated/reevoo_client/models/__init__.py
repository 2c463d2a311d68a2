"""Contains all the data models used in inputs/outputs, the JSON shape of each model and typed views of it"""

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
