from django.urls import path

from directory.views import owners, submissions
from directory.views.exports import export

urlpatterns = [
    path("export.<str:fmt>", export, name="directory_export"),
    path("submit/", submissions.submit_listing, name="directory_submit"),
    path("submit/sent/", submissions.submission_sent, name="directory_submission_sent"),
    path("submit/resend/", submissions.resend_confirmation, name="directory_resend_confirmation"),
    path("submit/confirm/<str:token>/", submissions.confirm, name="directory_confirm"),
    path("update/<str:token>/", owners.update_listing, name="directory_update"),
    path(
        "update/<str:token>/remove/",
        owners.request_listing_removal,
        name="directory_request_removal",
    ),
    path("<slug:slug>/update/", owners.request_update_link, name="directory_request_update"),
]
