using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ThanhMieu.Portal.Domain;

namespace ThanhMieu.Portal.Tests.Integration;

/// <summary>
/// <c>backup --to FILE</c> while the portal saves, and <c>restore --from FILE</c> into another folder: one consistent
/// file holding every save acknowledged before the backup began, and no stale write-ahead log beside a restored file.
/// </summary>
public sealed class BackupTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task BackupTakenWhileSaving_RestoresIntoAFreshFolder_WithEveryAcknowledgedSave()
    {
        var restored = PortalFactory.CreateTempFolder();
        var target = Path.Combine(PortalFactory.CreateTempFolder(), "sao-luu.db");
        try
        {
            using var portal = new PortalFactory();
            _ = portal.Services;
            var acknowledged = new ConcurrentQueue<string>();
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var name = $"sao-luu-{i}";
                    await portal.WithDbAsync(async db =>
                    {
                        db.Tags.Add(new Tag { Name = name, Slug = name });
                        return await db.SaveChangesAsync();
                    });
                    acknowledged.Enqueue(name);
                }
            });
            while (acknowledged.Count < 20)
            {
                await Task.Delay(20);
            }

            var beforeBackup = acknowledged.ToArray();
            var (exit, output) = await PortalProcess.RunAsync(portal.DataFolder, ["backup", "--to", target]);
            await stop.CancelAsync();
            await writer;

            Assert.True(exit == 0, output);
            Assert.Contains("Đã sao lưu", output, StringComparison.Ordinal);
            Assert.True(acknowledged.Count > beforeBackup.Length, "no save happened while the backup ran");
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(target));

            var (restoreExit, restoreOutput) = await PortalProcess.RunAsync(restored, ["restore", "--from", target]);
            Assert.True(restoreExit == 0, restoreOutput);
            using var copy = new PortalFactory(restored);
            var names = await copy.WithDbAsync(db => db.Tags.Select(t => t.Name).ToListAsync());
            Assert.Empty(beforeBackup.Except(names));
            Assert.Equal("ok", (await copy.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync())).Single());
        }
        finally
        {
            PortalFactory.DeleteFolder(restored);
            PortalFactory.DeleteFolder(Path.GetDirectoryName(target)!);
        }
    }

    [Fact]
    public async Task Restore_PutsAsideTheCurrentFileAndItsWriteAheadLog_AndRefusesAFileThatIsNotABackup()
    {
        var folder = PortalFactory.CreateTempFolder();
        var source = PortalFactory.CreateTempFolder();
        try
        {
            using (var original = new PortalFactory(source))
            {
                _ = original.Services;
            }

            var backup = Path.Combine(source, "sao-luu.db");
            Assert.Equal(0, (await PortalProcess.RunAsync(source, ["backup", "--to", backup])).Exit);
            await File.WriteAllTextAsync(Path.Combine(folder, "portal.db"), "cũ");
            await File.WriteAllTextAsync(Path.Combine(folder, "portal.db-wal"), "nhật ký cũ");
            var junk = Path.Combine(folder, "khong-phai.db");
            await File.WriteAllTextAsync(junk, "không phải cơ sở dữ liệu");

            var (refused, message) = await PortalProcess.RunAsync(folder, ["restore", "--from", junk]);
            Assert.Equal(1, refused);
            Assert.Contains("không phải bản sao lưu hợp lệ", message, StringComparison.Ordinal);
            Assert.Equal("cũ", await File.ReadAllTextAsync(Path.Combine(folder, "portal.db")));

            var (exit, output) = await PortalProcess.RunAsync(folder, ["restore", "--from", backup]);

            Assert.True(exit == 0, output);
            Assert.False(File.Exists(Path.Combine(folder, "portal.db-wal")), "a stale write-ahead log was left beside the restored file");
            var kept = Directory.GetFiles(folder, "portal.db.before-restore-*");
            Assert.Equal(2, kept.Length);
            using var portal = new PortalFactory(folder);
            Assert.True(await portal.WithDbAsync(db => db.Articles.AnyAsync()));
        }
        finally
        {
            PortalFactory.DeleteFolder(folder);
            PortalFactory.DeleteFolder(source);
        }
    }
}
