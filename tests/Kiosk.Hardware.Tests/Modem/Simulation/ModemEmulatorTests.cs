using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.At;
using Kiosk.Hardware.Modem.Pdu;
using Kiosk.Hardware.Modem.Simulation;

namespace Kiosk.Hardware.Tests.Modem.Simulation;

/// <summary>The AT channel and modem commands against the emulator over a pseudo-terminal and SerialPort.</summary>
public class ModemEmulatorTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Start_up_sends_the_PDU_mode_sequence_and_succeeds()
    {
        await using var modem = await EmulatedModem.StartAsync();
        await modem.Modem.InitializeAsync();
        Assert.Equal(
            ["ATZ", "ATE0", "AT+CMEE=1", "AT+CPIN?", "AT+CMGF=0", "AT+CPMS=\"SM\",\"SM\",\"SM\"", "AT+CNMI=2,1,0,2,0"],
            modem.Emulator.Commands);
    }

    [Fact]
    public async Task Start_up_enters_the_configured_PIN_when_the_SIM_asks_for_it()
    {
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Pin = "2468" }, new GsmModemOptions { Pin = "2468" });
        await modem.Modem.InitializeAsync();
        Assert.Contains("AT+CPIN=\"2468\"", modem.Emulator.Commands);
    }

    [Fact]
    public async Task Start_up_without_a_configured_PIN_fails_with_SIM_PIN_required()
    {
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Pin = "2468" });
        var error = await Assert.ThrowsAsync<CmeErrorException>(() => modem.Modem.InitializeAsync());
        Assert.Equal(CmeError.SimPinRequired, error.Code);
    }

    [Fact]
    public async Task A_wrong_PIN_is_refused_with_incorrect_password()
    {
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Pin = "2468" }, new GsmModemOptions { Pin = "0000" });
        var error = await Assert.ThrowsAsync<CmeErrorException>(() => modem.Modem.InitializeAsync());
        Assert.Equal(CmeError.IncorrectPassword, error.Code);
    }

    [Fact]
    public async Task Sim800_echo_before_ATE0_does_not_leak_into_responses()
    {
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Family = ModemFamily.Sim800 });
        var before = await modem.Channel.ExecuteAsync("AT+CSQ");
        Assert.Equal(["+CSQ: 20,99"], before.Lines);
        await modem.Modem.InitializeAsync();
        Assert.Equal(-73, (await modem.Modem.ReadSignalQualityAsync()).RssiDbm);
    }

    [Fact]
    public async Task A_sent_SMS_reaches_the_modem_as_a_PDU_that_decodes_back_to_the_text()
    {
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Family = ModemFamily.Sim800 });
        await modem.Modem.InitializeAsync();
        var references = await modem.Modem.SendSmsAsync("+6281234567890", "Tiket A-017: 3 orang di depan Anda.");
        Assert.Equal([1], references);
        var sent = PduCodec.DecodeSubmit(Assert.Single(modem.Emulator.SentPdus));
        Assert.Equal("+6281234567890", sent.Destination.Number);
        Assert.Equal("Tiket A-017: 3 orang di depan Anda.", sent.Text);
    }

    [Fact]
    public async Task A_long_SMS_goes_out_as_concatenated_parts_that_join_back()
    {
        await using var modem = await EmulatedModem.StartAsync();
        await modem.Modem.InitializeAsync();
        var text = string.Concat(Enumerable.Repeat("Pengaduan Anda sedang DIPROSES oleh kecamatan. ", 7))[..300];
        var references = await modem.Modem.SendSmsAsync("+6281234567890", text);
        Assert.Equal(2, references.Count);
        var parts = modem.Emulator.SentPdus.Select(h => PduCodec.DecodeSubmit(h)).ToList();
        Assert.Equal([1, 2], parts.Select(p => p.Concatenation!.Sequence));
        Assert.Equal(text, string.Concat(parts.Select(p => p.Text)));
    }

    [Fact]
    public async Task A_received_SMS_is_announced_read_and_deleted()
    {
        await using var modem = await EmulatedModem.StartAsync();
        await modem.Modem.InitializeAsync();
        await modem.Emulator.ReceiveSmsAsync("+6281298765432", "CEK K7M-2QX9P");

        var urc = await modem.Channel.Unsolicited.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.True(GsmModem.TryParseMessageIndication(urc, out var storage, out var index));
        Assert.Equal("SM", storage);

        var stored = await modem.Modem.ReadMessageAsync(index);
        var deliver = Assert.IsType<SmsDeliver>(stored?.Message);
        Assert.Equal("CEK K7M-2QX9P", deliver.Text);
        Assert.Equal("+6281298765432", deliver.Originator.Number);
        Assert.Equal(TimeSpan.FromHours(7), deliver.Timestamp.Offset);

        await modem.Modem.DeleteMessageAsync(index);
        Assert.False(modem.Emulator.HasMessageAt(index));
        Assert.Null(await modem.Modem.ReadMessageAsync(index));
    }

    [Fact]
    public async Task Listing_returns_every_stored_part_and_keeps_a_bad_PDU_for_inspection()
    {
        await using var modem = await EmulatedModem.StartAsync();
        await modem.Modem.InitializeAsync();
        await modem.Emulator.ReceiveSmsAsync("TELKOMSEL", string.Concat(Enumerable.Repeat("Promo kuota 😀 ", 12)));
        var bad = modem.Emulator.StoreRawPdu("0004048121430000");

        var messages = await modem.Modem.ListMessagesAsync();
        var parts = messages.Where(m => m.Message is SmsDeliver).Select(m => (SmsDeliver)m.Message!).ToList();
        Assert.Equal(3, parts.Count);
        Assert.All(parts, p => Assert.True(p.Originator.IsAlphanumeric));
        Assert.Equal(string.Concat(Enumerable.Repeat("Promo kuota 😀 ", 12)), string.Concat(parts.OrderBy(p => p.Concatenation!.Sequence).Select(p => p.Text)));
        var broken = Assert.Single(messages, m => m.Index == bad);
        Assert.Null(broken.Message);
        Assert.Contains("service centre timestamp", broken.Error!.Message, StringComparison.Ordinal);
        Assert.Equal("0004048121430000", broken.Pdu);
    }

    [Fact]
    public async Task Unsolicited_results_during_a_command_do_not_corrupt_its_response()
    {
        await using var modem = await EmulatedModem.StartAsync();
        await modem.Modem.InitializeAsync();
        await modem.Emulator.ReceiveSmsAsync("+6281298765432", "ADU jalan rusak");
        _ = await modem.Channel.Unsolicited.ReadAsync().AsTask().WaitAsync(Wait);
        modem.Emulator.InjectIntoNextResponse("+CMTI: \"SM\",7", "^RSSI:14", "RING", "+CREG: 5");

        var messages = await modem.Modem.ListMessagesAsync();

        Assert.Equal("ADU jalan rusak", Assert.IsType<SmsDeliver>(Assert.Single(messages).Message).Text);
        var kinds = new List<UnsolicitedKind>();
        for (var i = 0; i < 4; i++)
        {
            kinds.Add((await modem.Channel.Unsolicited.ReadAsync().AsTask().WaitAsync(Wait)).Kind);
        }

        Assert.Equal([UnsolicitedKind.NewMessage, UnsolicitedKind.Signal, UnsolicitedKind.Ring, UnsolicitedKind.Registration], kinds);
    }

    [Fact]
    public async Task A_CMT_with_its_PDU_line_during_a_command_is_one_unsolicited_result()
    {
        await using var modem = await EmulatedModem.StartAsync();
        await modem.Modem.InitializeAsync();
        var deliver = PduCodec.EncodeDeliver(new SmsDeliver(SmsAddress.Parse("+6281298765432"), "INFO", new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.FromHours(7))));
        modem.Emulator.InjectIntoNextResponse($"+CMT: ,{deliver.TpduLength}", deliver.Hex);

        var signal = await modem.Modem.ReadSignalQualityAsync();

        Assert.Equal(-73, signal.RssiDbm);
        var urc = await modem.Channel.Unsolicited.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal(UnsolicitedKind.MessageDelivered, urc.Kind);
        Assert.Equal("INFO", PduCodec.DecodeDeliver(urc.Pdu!).Text);
    }

    [Fact]
    public async Task Huawei_noise_is_kept_out_of_responses_until_CURC_silences_it()
    {
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Family = ModemFamily.Huawei, NoiseSeed = 1 });
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(["+CSQ: 20,99"], (await modem.Channel.ExecuteAsync("AT+CSQ")).Lines);
        }

        Assert.True(modem.Channel.Unsolicited.TryRead(out var noise));
        Assert.True(noise.Kind is UnsolicitedKind.Signal or UnsolicitedKind.VendorStatus);

        await modem.Modem.InitializeAsync();
        Assert.Contains("AT^CURC=0", modem.Emulator.Commands);
    }

    [Fact]
    public async Task SIM_busy_is_retried_with_backoff_until_the_SIM_answers()
    {
        await using var modem = await EmulatedModem.StartAsync(
            new ModemEmulatorOptions { SimBusyCommands = 3 },
            new GsmModemOptions { BusyRetryDelay = TimeSpan.FromSeconds(1) },
            new AtChannelOptions { CommandTimeout = TimeSpan.FromHours(2) });

        await modem.AdvanceUntilDoneAsync(modem.Modem.InitializeAsync().ContinueWith(t => t, TaskScheduler.Default), TimeSpan.FromMilliseconds(250));

        Assert.Equal(4, modem.Emulator.Commands.Count(c => c == "AT+CPIN?"));
        Assert.Equal("AT+CNMI=2,1,0,2,0", modem.Emulator.Commands[^1]);
    }

    [Fact]
    public async Task SIM_busy_for_longer_than_the_retries_surfaces_as_a_typed_CME_error()
    {
        await using var modem = await EmulatedModem.StartAsync(
            new ModemEmulatorOptions { SimBusyCommands = 100 },
            new GsmModemOptions { BusyRetryAttempts = 2, BusyRetryDelay = TimeSpan.FromSeconds(1) },
            new AtChannelOptions { CommandTimeout = TimeSpan.FromHours(2) });

        var outcome = await modem.AdvanceUntilDoneAsync(modem.Modem.InitializeAsync().ContinueWith(t => t, TaskScheduler.Default), TimeSpan.FromMilliseconds(250));

        var error = Assert.IsType<CmeErrorException>(outcome.Exception?.InnerException);
        Assert.Equal(CmeError.SimBusy, error.Code);
        Assert.Equal("+CME ERROR: 14", error.FinalResult);
        Assert.Equal(3, modem.Emulator.Commands.Count(c => c == "AT+CPIN?"));
    }

    [Fact]
    public async Task A_command_timeout_raises_a_typed_exception_and_the_channel_still_works_after_it()
    {
        await using var modem = await EmulatedModem.StartAsync();
        await modem.Modem.InitializeAsync();
        modem.Emulator.Silent = true;

        var hung = modem.Channel.ExecuteAsync("AT+CSQ");
        while (!modem.Emulator.Commands.Contains("AT+CSQ"))
        {
            await Task.Delay(5);
        }

        modem.Time.Advance(TimeSpan.FromSeconds(5));
        var error = await Assert.ThrowsAsync<AtCommandException>(() => hung);
        Assert.Equal(AtFailure.Timeout, error.Failure);
        Assert.Equal("AT+CSQ", error.Command);

        modem.Emulator.Silent = false;
        Assert.Equal(RegistrationStatus.RegisteredHome, await modem.Modem.ReadRegistrationAsync());
    }

    [Fact]
    public async Task A_PDU_with_the_wrong_length_gets_a_typed_CMS_error()
    {
        await using var modem = await EmulatedModem.StartAsync();
        await modem.Modem.InitializeAsync();
        var pdu = PduCodec.EncodeSubmit(new SmsSubmit(SmsAddress.Parse("+6281234567890"), "x"));

        var error = await Assert.ThrowsAsync<CmsErrorException>(() => modem.Modem.SendPduAsync(pdu with { TpduLength = pdu.TpduLength + 1 }));

        Assert.Equal(CmsError.InvalidPduModeParameter, error.Code);
        Assert.Empty(modem.Emulator.SentPdus);
        Assert.Equal(SignalQuality.FromCsq(20, 99), await modem.Modem.ReadSignalQualityAsync());
    }

    [Fact]
    public async Task A_status_report_arrives_as_CDS_with_the_message_reference()
    {
        await using var modem = await EmulatedModem.StartAsync();
        await modem.Modem.InitializeAsync();
        var reference = Assert.Single(await modem.Modem.SendSmsAsync("+6281234567890", "Laporan", new SubmitOptions { RequestStatusReport = true }));

        var urc = await modem.Channel.Unsolicited.ReadAsync().AsTask().WaitAsync(Wait);

        Assert.Equal(UnsolicitedKind.StatusReport, urc.Kind);
        var report = PduCodec.DecodeStatusReport(urc.Pdu!);
        Assert.Equal(reference, report.MessageReference);
        Assert.True(report.IsDelivered);
    }

    [Theory]
    [InlineData(ModemFamily.Huawei)]
    [InlineData(ModemFamily.Sim800)]
    [InlineData(ModemFamily.Generic)]
    public async Task A_USSD_balance_answer_is_decoded_whatever_the_modem_encodes_it_as(ModemFamily family)
    {
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Family = family });
        await modem.Modem.InitializeAsync();

        var answer = await modem.Modem.SendUssdAsync("*888#");

        Assert.Equal("Sisa pulsa Anda Rp 12.345. Masa aktif s/d 31-12-2026.", answer.Text);
        Assert.Equal(UssdStatus.NoFurtherActionRequired, answer.Status);
        var request = Assert.Single(modem.Emulator.Commands, c => c.StartsWith("AT+CUSD=", StringComparison.Ordinal));
        Assert.Equal(family == ModemFamily.Huawei ? "AT+CUSD=1,\"2A1C0E3702\",15" : "AT+CUSD=1,\"*888#\",15", request);
    }

    [Fact]
    public async Task Operator_and_registration_are_read()
    {
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { OperatorName = "IM3", Registration = RegistrationStatus.RegisteredRoaming, Rssi = 99 });
        await modem.Modem.InitializeAsync();
        Assert.Equal("IM3", await modem.Modem.ReadOperatorAsync());
        Assert.Equal(RegistrationStatus.RegisteredRoaming, await modem.Modem.ReadRegistrationAsync());
        var signal = await modem.Modem.ReadSignalQualityAsync();
        Assert.Null(signal.RssiDbm);
        Assert.Null(signal.BitErrorRate);
    }

    [Fact]
    public async Task A_reset_reboots_the_modem_and_start_up_works_again()
    {
        await using var modem = await EmulatedModem.StartAsync(new ModemEmulatorOptions { Family = ModemFamily.Sim800 });
        await modem.Modem.InitializeAsync();
        await modem.Modem.ResetAsync();

        var boot = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var urc = await modem.Channel.Unsolicited.ReadAsync().AsTask().WaitAsync(Wait);
            Assert.Equal(UnsolicitedKind.Ready, urc.Kind);
            boot.Add(urc.Line);
        }

        Assert.Equal(["RDY", "+CFUN: 1", "+CPIN: READY", "Call Ready", "SMS Ready"], boot);
        await modem.Modem.InitializeAsync();
        Assert.Equal(SignalQuality.FromCsq(20, 99), await modem.Modem.ReadSignalQualityAsync());
    }
}
