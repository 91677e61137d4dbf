using Microsoft.AspNetCore.Http.HttpResults;
using Ordo.Application.Identity;
using Ordo.Web.Common;

namespace Ordo.Web.Identity;

/// <summary>Staff accounts: admin creates them, sets roles and department, disables them.</summary>
internal static class StaffEndpoints
{
    public static RouteGroupBuilder MapStaffEndpoints(this IEndpointRouteBuilder routes)
    {
        var staff = routes.MapGroup("/api/staff").WithTags("Staff").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        staff.MapGet("/", List).WithName("ListStaff").WithDescription("Admin only. Every staff account with roles, department and whether it is disabled; role narrows to the holders of one role.").WithSummary("All staff accounts (admin); filter by role");
        staff.MapPost("/", Create).WithName("CreateStaff").WithDescription("Admin only. Creates a staff account with a password, roles and a department; answers it with its location.").WithSummary("Create a staff account (admin)").ProducesValidationProblem()
            .WithoutIdempotencyKey(); // the request holds the new password
        staff.MapPut("/{id:guid}", Update).WithName("UpdateStaff").WithDescription("Admin only. Changes a staff account's name, roles or department, or disables it; a disabled account's sessions end on its next request.").WithSummary("Change a staff account's name, roles, department or disable it (admin)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/assignable", Assignable).WithName("ListAssignableStaff").WithDescription("Any staff member. The active accounts holding one role (default customer-care staff), to choose whom an order is assigned to.").WithSummary("Active staff holding a role, for assigning orders (any staff)");
        return staff;
    }

    internal static async Task<Ok<IReadOnlyList<StaffDto>>> List(HttpContext context, StaffAdministration admin, string? role, CancellationToken ct) =>
        TypedResults.Ok(await admin.ListAsync(context.Actor(), role, ct));

    internal static async Task<Created<StaffDto>> Create(HttpContext context, StaffAdministration admin, StaffAdministration.CreateCommand command, CancellationToken ct)
    {
        var created = await admin.CreateAsync(context.Actor(), command, ct);
        return TypedResults.Created($"/api/staff/{created.Id}", created);
    }

    internal static async Task<Ok<StaffDto>> Update(HttpContext context, StaffAdministration admin, Guid id, StaffAdministration.UpdateCommand command, CancellationToken ct) =>
        TypedResults.Ok(await admin.UpdateAsync(context.Actor(), id, command, ct));

    internal static async Task<Ok<IReadOnlyList<StaffRefDtoWithRoles>>> Assignable(HttpContext context, StaffAdministration admin, string? role, CancellationToken ct) =>
        TypedResults.Ok(await admin.AssignableAsync(context.Actor(), string.IsNullOrWhiteSpace(role) ? Domain.Identity.Roles.CsStaff : role, ct));
}
