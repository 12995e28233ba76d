"""For benchmarks: an X-SQL-Queries header counting the database queries each response cost."""

from django.db import connection


class QueryCountMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        count = 0

        def counter(execute, sql, params, many, context):
            nonlocal count
            count += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(counter):
            response = self.get_response(request)
        # Headers go out before a streamed body, so a download's own queries are not counted.
        response["X-SQL-Queries"] = str(count)
        return response
