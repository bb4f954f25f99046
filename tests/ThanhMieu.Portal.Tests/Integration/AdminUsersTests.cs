using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ThanhMieu.Portal.Domain;
using static ThanhMieu.Portal.Tests.Integration.TestForms;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>/admin/nguoi-dung: the staff list.</summary>
public sealed class AdminUsersTests
{
    [Fact]
    public async Task UserList_ShowsEachUsersRoles()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInClientAsync(PortalUser.AdministratorRole, "a-quan-tri@example.org");
        await factory.CreateUserAsync("b-bien-tap@example.org");
        await factory.CreateUserAsync("c-ca-hai@example.org");
        await factory.CreateUserAsync("d-bien-tap@example.org");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var both = await users.FindByEmailAsync("c-ca-hai@example.org");
            Assert.True((await users.AddToRoleAsync(both!, PortalUser.AdministratorRole)).Succeeded);
        }

        var document = await admin.GetDocumentAsync("/admin/nguoi-dung");

        var roles = document.QuerySelectorAll("tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(Text).ToArray())
            .ToDictionary(cells => cells[1], cells => cells[2]);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["a-quan-tri@example.org"] = "Quản trị viên",
                ["b-bien-tap@example.org"] = "Biên tập viên",
                ["c-ca-hai@example.org"] = "Quản trị viên, Biên tập viên",
                ["d-bien-tap@example.org"] = "Biên tập viên",
            },
            roles);
    }
}
