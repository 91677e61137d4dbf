using Ordo.Api.Tests.Support;
using Ordo.Application.Notifications;

namespace Ordo.Api.Tests.Notifications;

internal static class NotificationApi
{
    public const string Url = "/api/notifications";

    public static Task<NotificationInbox.InboxDto> NotificationsAsync(this ApiUser user, string query = "pageSize=100") =>
        user.GetAsync<NotificationInbox.InboxDto>($"{Url}?{query}");
}
