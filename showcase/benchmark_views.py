from django.http import HttpResponse


def ceiling(request):
    """The least a Django response can cost here: the whole middleware stack, no database."""
    return HttpResponse("ok", content_type="text/plain")
