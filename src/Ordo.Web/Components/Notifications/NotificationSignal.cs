namespace Ordo.Web.Components.Notifications;

/// <summary>
/// One per circuit: lets the notifications page tell the bell in the top bar that what is unread
/// changed, so the count follows at once rather than at its next look.
/// </summary>
public sealed class NotificationSignal
{
    public event Func<Task>? Changed;

    public Task RaiseAsync() => Changed?.Invoke() ?? Task.CompletedTask;
}
