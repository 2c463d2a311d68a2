"""Contains all the data models used in inputs/outputs"""

from .branch_attribution import BranchAttribution
from .customer_experience_review import CustomerExperienceReview
from .customer_experience_review_detail import CustomerExperienceReviewDetail
from .customer_experience_review_list import CustomerExperienceReviewList
from .error import Error
from .fast_response import FastResponse
from .fast_response_organisation import FastResponseOrganisation
from .fast_response_respondent import FastResponseRespondent
from .question_response import QuestionResponse
from .question_response_display_key import QuestionResponseDisplayKey
from .reviewer import Reviewer

__all__ = (
    "BranchAttribution",
    "CustomerExperienceReview",
    "CustomerExperienceReviewDetail",
    "CustomerExperienceReviewList",
    "Error",
    "FastResponse",
    "FastResponseOrganisation",
    "FastResponseRespondent",
    "QuestionResponse",
    "QuestionResponseDisplayKey",
    "Reviewer",
)
