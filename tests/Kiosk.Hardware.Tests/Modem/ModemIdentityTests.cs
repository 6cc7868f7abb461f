using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.Simulation;

namespace Kiosk.Hardware.Tests.Modem;

/// <summary>
/// <c>kiosk modem info</c>'s AT commands over the pseudo-terminal emulator, each module answering
/// as its AT manual shows (SIM800 "Revision:" and a bare AT+CCID, SIM7600 only AT+CICCID, Quectel
/// AT+QCCID, Huawei a nibble-swapped AT^ICCID?): the same identity comes out of each.
/// </summary>
public class ModemIdentityTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    public static TheoryData<string, ModemFamily, string, string> Modules => new()
    {
        { nameof(SimulatedIdentity.Generic), ModemFamily.Generic, "KIOSK-EMULATOR", "KIOSK-EMU 1.0" },
        { nameof(SimulatedIdentity.Sim800), ModemFamily.Sim800, "SIMCOM_SIM800L", "1418B04SIM800L24" },
        { nameof(SimulatedIdentity.Sim7600), ModemFamily.Sim800, "SIMCOM_SIM7600E-H", "LE20B04SIM7600M22" },
        { nameof(SimulatedIdentity.QuectelEc25), ModemFamily.Generic, "EC25", "EC25EFAR06A06M4G" },
        { nameof(SimulatedIdentity.Huawei), ModemFamily.Huawei, "E173", "11.126.16.04.00" },
    };

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task Every_module_gives_the_same_SIM_identity_and_its_own_model_and_firmware(string module, ModemFamily family, string model, string firmware)
    {
        var identity = Preset(module);
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Family = family, Identity = identity });
        await modem.Modem.InitializeAsync().WaitAsync(Wait);

        var read = await modem.Modem.ReadIdentityAsync().WaitAsync(Wait);

        Assert.Equal(identity.Manufacturer, read.Manufacturer);
        Assert.Equal(model, read.Model);
        Assert.Equal(firmware, read.Firmware);
        Assert.Equal(identity.Imei, read.Imei);
        Assert.Equal("510101234567890", read.Imsi);
        Assert.Equal("8962100012345678901", read.Iccid);
        Assert.Equal("+6281100000", await modem.Modem.ReadServiceCentreAsync().WaitAsync(Wait));
        Assert.True(await modem.Modem.ReadSimReadyAsync().WaitAsync(Wait));
    }

    [Fact]
    public async Task A_SIM7600_is_asked_AT_CCID_and_AT_QCCID_first_and_answers_the_ICCID_only_to_AT_CICCID()
    {
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Family = ModemFamily.Sim800, Identity = SimulatedIdentity.Sim7600 });
        await modem.Modem.InitializeAsync().WaitAsync(Wait);

        var read = await modem.Modem.ReadIdentityAsync().WaitAsync(Wait);

        Assert.Equal("8962100012345678901", read.Iccid);
        Assert.Equal(["AT+CCID", "AT+QCCID", "AT+CICCID"], modem.Emulator.Commands.Where(c => c.Contains("CCID", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_quectel_answers_AT_CCID_itself_so_no_other_ICCID_command_is_sent()
    {
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Identity = SimulatedIdentity.QuectelEc25 });
        await modem.Modem.InitializeAsync().WaitAsync(Wait);

        await modem.Modem.ReadIdentityAsync().WaitAsync(Wait);

        Assert.Equal(["AT+CCID"], modem.Emulator.Commands.Where(c => c.Contains("CCID", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Values_that_are_not_well_formed_and_commands_the_module_does_not_know_leave_their_part_empty()
    {
        var odd = SimulatedIdentity.Generic with
        {
            Imei = "NOT READY",
            Imsi = "51010123456789012345",
            IccidAnswers = new Dictionary<string, string>(),
        };
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Identity = odd });
        await modem.Modem.InitializeAsync().WaitAsync(Wait);

        var read = await modem.Modem.ReadIdentityAsync().WaitAsync(Wait);

        Assert.Equal((null, null, null), (read.Imei, read.Imsi, read.Iccid));
        Assert.Equal("KIOSK-EMULATOR", read.Model);
    }

    [Theory]
    [InlineData("982601002143658709F1", true, "8962100012345678901")]
    [InlineData("89621000123456789012", false, "89621000123456789012")]
    [InlineData("8962100012345678901F", false, "8962100012345678901")]
    [InlineData("89621000", false, null)]
    [InlineData("8962100012345678901X", false, null)]
    [InlineData(null, false, null)]
    public void An_ICCID_is_digits_as_printed_on_the_card(string? answer, bool nibbleSwapped, string? expected) =>
        Assert.Equal(expected, GsmModemIdentity.Iccid(answer, nibbleSwapped));

    [Theory]
    [InlineData(99, 0)]
    [InlineData(1, 0)]
    [InlineData(5, 1)]
    [InlineData(12, 2)]
    [InlineData(17, 3)]
    [InlineData(20, 4)]
    [InlineData(31, 5)]
    public void Signal_bars_follow_the_CSQ_bands(int rssi, int bars) =>
        Assert.Equal(bars, SignalQuality.FromCsq(rssi, 99).Bars);

    private static SimulatedIdentity Preset(string name) => name switch
    {
        nameof(SimulatedIdentity.Sim800) => SimulatedIdentity.Sim800,
        nameof(SimulatedIdentity.Sim7600) => SimulatedIdentity.Sim7600,
        nameof(SimulatedIdentity.QuectelEc25) => SimulatedIdentity.QuectelEc25,
        nameof(SimulatedIdentity.Huawei) => SimulatedIdentity.Huawei,
        _ => SimulatedIdentity.Generic,
    };
}
