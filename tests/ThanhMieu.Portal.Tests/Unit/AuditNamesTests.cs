using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Data;
using ThanhMieu.Portal.Domain;
using ThanhMieu.Portal.Services;
using ThanhMieu.Portal.Tests.Integration;

namespace ThanhMieu.Portal.Tests.Unit;

/// <summary>Every entity type, field and action the audit trail can show has a Vietnamese name in CommonText.</summary>
public sealed class AuditNamesTests
{
    // The interceptor leaves its bookkeeping and derived columns out of "what changed"; keys are never edited.
    private static readonly HashSet<string> NotShown = ["Id", .. AuditInterceptor.Bookkeeping];

    [Fact]
    public void EveryEntityTypeAndAuditedField_HasAVietnameseName()
    {
        using var factory = new PortalFactory();
        using var scope = factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Model;
        var domain = model.GetEntityTypes()
            .Where(t => !t.IsPropertyBag && t.ClrType.Namespace == typeof(Article).Namespace)
            .ToList();

        var unnamedTypes = domain.Where(t => AuditNames.Find(AuditNames.EntityPrefix, t.ClrType.Name) is null).Select(t => t.ClrType.Name);
        var unnamedFields = domain
            .Where(t => typeof(IVersioned).IsAssignableFrom(t.ClrType) || t.ClrType == typeof(MediaAsset)
                || t.ClrType == typeof(Observation) || t.ClrType == typeof(ProgressUpdate) || t.ClrType == typeof(LegalDocumentFile)
                || t.ClrType == typeof(Official) || t.ClrType == typeof(HeritagePhoto))
            .SelectMany(t => t.GetProperties().Where(p => !p.IsShadowProperty()).Select(p => p.Name))
            .Where(name => !NotShown.Contains(name) && AuditNames.Find(AuditNames.FieldPrefix, name) is null)
            .Distinct();

        Assert.True(!unnamedTypes.Any(), "Unnamed types: " + string.Join(", ", unnamedTypes));
        Assert.True(!unnamedFields.Any(), "Unnamed fields: " + string.Join(", ", unnamedFields));
        Assert.Contains(nameof(Observation), domain.Select(t => t.ClrType.Name));
    }

    [Fact]
    public void EveryAction_HasAVietnameseName()
    {
        Assert.All(Enum.GetValues<AuditAction>(), action => Assert.NotNull(AuditNames.Find(AuditNames.ActionPrefix, action.ToString())));
    }

    [Theory]
    [InlineData(nameof(Observation), "Số liệu")]
    [InlineData(nameof(PortalUser), "Tài khoản")]
    [InlineData(nameof(Indicator), "Chỉ số")]
    [InlineData("Unknown", "Unknown")]
    public void Entity_IsTheVietnameseName(string type, string expected)
    {
        Assert.Equal(expected, AuditNames.Entity(type));
    }

    [Theory]
    [InlineData("Trần Thị B", "b@example.org", "“Trần Thị B” (b@example.org)")]
    [InlineData("", "b@example.org", "b@example.org")]
    [InlineData("b@example.org", "b@example.org", "b@example.org")]
    public void Account_IsNamedByDisplayNameAndEmail(string displayName, string email, string expected)
    {
        Assert.Equal(expected, AuditNames.Account(new PortalUser { DisplayName = displayName, Email = email }));
    }
}
