using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Notifications;
using Ordo.Web.Common;

namespace Ordo.Web.Notifications;

/// <summary>The signed-in user's in-app notifications.</summary>
internal static class NotificationEndpoints
{
    public sealed record MarkedResponse(int Marked);

    public static void MapNotificationEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapGet("/", List).WithName("ListNotifications").WithDescription("Any signed-in account. Its notifications, newest first, with the unread count; unreadOnly=true for the unread ones.").WithSummary("My notifications, newest first, with the unread count (unreadOnly=true for the unread ones)")
            .ProducesValidationProblem();
        api.MapPost("/{id:guid}/read", MarkRead).WithName("MarkNotificationRead").WithDescription("Any signed-in account, its own notifications. Marks one read; another account's is a 404.").WithSummary("Mark one of my notifications read")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/read-all", MarkAllRead).WithName("MarkAllNotificationsRead").WithDescription("Any signed-in account. Marks all its notifications read and answers how many were unread.").WithSummary("Mark all my notifications read");
    }

    internal static async Task<Ok<NotificationInbox.InboxDto>> List(
        HttpContext context, NotificationInbox inbox, bool? unreadOnly, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await inbox.ListAsync(context.Actor(), unreadOnly ?? false, page ?? 1, pageSize ?? 20, ct));

    internal static async Task<NoContent> MarkRead(HttpContext context, NotificationInbox inbox, Guid id, CancellationToken ct)
    {
        await inbox.MarkReadAsync(context.Actor(), id, ct);
        return TypedResults.NoContent();
    }

    internal static async Task<Ok<MarkedResponse>> MarkAllRead(HttpContext context, NotificationInbox inbox, CancellationToken ct) =>
        TypedResults.Ok(new MarkedResponse(await inbox.MarkAllReadAsync(context.Actor(), ct)));
}
