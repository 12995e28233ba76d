from .choices import LegalForm, Origin, SizeBand, SparkProgramme
from .enterprises import Enterprise
from .impact import Aggregation, ImpactFigure, Indicator
from .imports import ImportJob, ImportRow
from .innovations import Innovation
from .pages import DirectoryPage, ImpactPage
from .search_rows import EnterpriseSearchRow
from .search_terms import SearchTerm
from .story_links import StoryEnterpriseLink
from .submissions import Submission
from .taxonomy import Certification, Sector, SustainableDevelopmentGoal

__all__ = [
    "Aggregation",
    "Certification",
    "DirectoryPage",
    "Enterprise",
    "EnterpriseSearchRow",
    "ImpactFigure",
    "ImpactPage",
    "ImportJob",
    "ImportRow",
    "Indicator",
    "Innovation",
    "LegalForm",
    "Origin",
    "SearchTerm",
    "Sector",
    "SizeBand",
    "SparkProgramme",
    "StoryEnterpriseLink",
    "Submission",
    "SustainableDevelopmentGoal",
]
