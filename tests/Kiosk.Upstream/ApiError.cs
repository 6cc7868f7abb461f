namespace Kiosk.Upstream;

/// <summary>The whole-request error body of the contract: <c>{"error": code, "message": text}</c>.</summary>
public static class ApiError
{
    public static IResult Of(int status, string code, string message) =>
        Results.Json(new ErrorBody(code, message), statusCode: status);

    public sealed record ErrorBody(string Error, string Message);
}
