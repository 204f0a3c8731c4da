using TaiSupport.Core.Text;

namespace TaiSupport.Helpdesk.Api;

/// <summary>RFC 7807 (RFC 9457) problem details, with an <c>errors</c> map from each bad field to what is wrong with it.</summary>
internal static class Problems
{
    public static IResult Invalid(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The request has invalid fields.",
            detail: string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));

    public static IResult BadRequest(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Malformed(string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["$"] = [message] },
            title: "The request body is not valid JSON.", detail: message);

    public static IResult UnsupportedMediaType(string? contentType) =>
        Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send JSON.",
            detail: string.IsNullOrEmpty(contentType)
                ? "The request has no Content-Type; send the body as application/json."
                : $"Content-Type '{SafeText.Echo(contentType, 100)}' is not JSON; send application/json.");

    public static IResult TooLarge(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.", detail: detail);

    public static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such ticket.", detail: $"There is no ticket '{SafeText.Echo(id, 100)}'.");

    public static IResult Conflict(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
