namespace Ordo.Domain.Tests.Support;

/// <summary>Asserts which rule refused an action, by its stable code or by the fields it names.</summary>
public static class DomainAssert
{
    /// <summary>A broken business rule (409): exactly a <see cref="DomainException"/>, not a 400 or 403 subclass.</summary>
    public static DomainException AssertBrokenRule(Action action, string code)
    {
        var error = Assert.Throws<DomainException>(action);
        Assert.Equal(code, error.Code);
        return error;
    }

    /// <summary>The actor may not do this (403).</summary>
    public static ForbiddenActionException AssertForbidden(Action action, string code)
    {
        var error = Assert.Throws<ForbiddenActionException>(action);
        Assert.Equal(code, error.Code);
        return error;
    }

    /// <summary>Invalid input (400), naming exactly <paramref name="fields"/>.</summary>
    public static DomainValidationException AssertInvalid(Action action, params string[] fields)
    {
        var error = Assert.Throws<DomainValidationException>(action);
        Assert.Equal(fields.Order(StringComparer.Ordinal), error.Errors.Keys.Order(StringComparer.Ordinal));
        return error;
    }
}
