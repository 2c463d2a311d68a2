"""Contains all the data models used in inputs/outputs, and the JSON shape of each model"""

from .branch_attribution import BranchAttribution, BranchAttributionJSON
from .customer_experience_review import (
    CustomerExperienceReview,
    CustomerExperienceReviewJSON,
)
from .customer_experience_review_detail import (
    CustomerExperienceReviewDetail,
    CustomerExperienceReviewDetailJSON,
)
from .customer_experience_review_list import (
    CustomerExperienceReviewList,
    CustomerExperienceReviewListJSON,
)
from .error import Error, ErrorJSON
from .fast_response import FastResponse, FastResponseJSON
from .fast_response_organisation import (
    FastResponseOrganisation,
    FastResponseOrganisationJSON,
)
from .fast_response_respondent import FastResponseRespondent, FastResponseRespondentJSON
from .question_response import QuestionResponse, QuestionResponseJSON
from .question_response_display_key import QuestionResponseDisplayKey
from .reviewer import Reviewer, ReviewerJSON

__all__ = (
    "BranchAttribution",
    "BranchAttributionJSON",
    "CustomerExperienceReview",
    "CustomerExperienceReviewDetail",
    "CustomerExperienceReviewDetailJSON",
    "CustomerExperienceReviewJSON",
    "CustomerExperienceReviewList",
    "CustomerExperienceReviewListJSON",
    "Error",
    "ErrorJSON",
    "FastResponse",
    "FastResponseJSON",
    "FastResponseOrganisation",
    "FastResponseOrganisationJSON",
    "FastResponseRespondent",
    "FastResponseRespondentJSON",
    "QuestionResponse",
    "QuestionResponseDisplayKey",
    "QuestionResponseJSON",
    "Reviewer",
    "ReviewerJSON",
)
