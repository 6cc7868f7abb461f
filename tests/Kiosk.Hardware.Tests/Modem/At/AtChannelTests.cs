using Kiosk.Hardware.Modem;
using Kiosk.Hardware.Modem.At;

namespace Kiosk.Hardware.Tests.Modem.At;

/// <summary>Framing, final results and the prompt, scripted byte by byte over a pseudo-terminal.</summary>
public class AtChannelTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Echo_blank_lines_and_fragmented_bytes_still_give_the_intermediate_lines()
    {
        await using var modem = await ScriptedModem.StartAsync();
        var command = modem.Channel.ExecuteAsync("AT+CSQ");
        Assert.Equal("AT+CSQ\r", await modem.ReceiveAsync());
        await modem.SendAsync("AT+CSQ\r\r\n\r\n+CS");
        await modem.SendAsync("Q: 17,0\r\n\r\n\r\nO");
        await modem.SendAsync("K\r\n");
        Assert.Equal(["+CSQ: 17,0"], (await command.WaitAsync(Wait)).Lines);
    }

    [Theory]
    [InlineData("+CME ERROR: 14", CmeError.SimBusy)]
    [InlineData("+CME ERROR: SIM busy", CmeError.SimBusy)]
    [InlineData("+CME ERROR: SIM not inserted", CmeError.SimNotInserted)]
    [InlineData("+CME ERROR: 10", CmeError.SimNotInserted)]
    [InlineData("+CME ERROR: 515", CmeError.DeviceBusy)]
    [InlineData("+CME ERROR: something new", CmeError.Unknown)]
    public async Task A_CME_error_becomes_a_typed_exception_with_its_code(string final, CmeError code)
    {
        await using var modem = await ScriptedModem.StartAsync();
        var command = modem.Channel.ExecuteAsync("AT+CPIN?");
        await modem.ReceiveAsync();
        await modem.SendAsync($"\r\n{final}\r\n");
        var error = await Assert.ThrowsAsync<CmeErrorException>(() => command.WaitAsync(Wait));
        Assert.Equal(code, error.Code);
        Assert.Equal(final, error.FinalResult);
        Assert.Equal(AtFailure.MobileEquipmentError, error.Failure);
    }

    [Theory]
    [InlineData("+CMS ERROR: 500", CmsError.UnknownError)]
    [InlineData("+CMS ERROR: 38", CmsError.NetworkOutOfOrder)]
    [InlineData("+CMS ERROR: 331", CmsError.NoNetworkService)]
    [InlineData("+CMS ERROR: SMSC address unknown", CmsError.SmscAddressUnknown)]
    [InlineData("+CMS ERROR: invalid PDU mode parameter", CmsError.InvalidPduModeParameter)]
    public async Task A_CMS_error_becomes_a_typed_exception_with_its_code(string final, CmsError code)
    {
        await using var modem = await ScriptedModem.StartAsync();
        var command = modem.Channel.ExecuteAsync("AT+CMGD=1");
        await modem.ReceiveAsync();
        await modem.SendAsync($"\r\n{final}\r\n");
        var error = await Assert.ThrowsAsync<CmsErrorException>(() => command.WaitAsync(Wait));
        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData("ERROR")]
    [InlineData("COMMAND NOT SUPPORT")]
    [InlineData("NO CARRIER")]
    public async Task A_plain_error_is_an_AT_command_exception(string final)
    {
        await using var modem = await ScriptedModem.StartAsync();
        var command = modem.Channel.ExecuteAsync("AT^CURC=0");
        await modem.ReceiveAsync();
        await modem.SendAsync($"\r\n{final}\r\n");
        var error = await Assert.ThrowsAsync<AtCommandException>(() => command.WaitAsync(Wait));
        Assert.Equal(AtFailure.Error, error.Failure);
        Assert.IsType<AtCommandException>(error);
    }

    [Fact]
    public async Task The_prompt_without_a_line_end_releases_the_PDU_and_Ctrl_Z()
    {
        await using var modem = await ScriptedModem.StartAsync();
        var send = modem.Channel.ExecuteWithPromptAsync("AT+CMGS=23", "0011000B916407281553F80000AA0AE8329BFD4697D9EC37");
        Assert.Equal("AT+CMGS=23\r", await modem.ReceiveAsync());
        await modem.SendAsync("\r\n> ");
        Assert.Equal("0011000B916407281553F80000AA0AE8329BFD4697D9EC37\u001A", await modem.ReceiveAsync('\u001A'));
        await modem.SendAsync("\r\n+CMGS: 42\r\n\r\nOK\r\n");
        Assert.Equal(["+CMGS: 42"], (await send.WaitAsync(Wait)).Lines);
    }

    [Fact]
    public async Task A_CMS_error_instead_of_the_prompt_fails_the_send_without_writing_the_PDU()
    {
        await using var modem = await ScriptedModem.StartAsync();
        var send = modem.Channel.ExecuteWithPromptAsync("AT+CMGS=23", "00");
        await modem.ReceiveAsync();
        await modem.SendAsync("\r\n+CMS ERROR: 331\r\n");
        var error = await Assert.ThrowsAsync<CmsErrorException>(() => send.WaitAsync(Wait));
        Assert.Equal(CmsError.NoNetworkService, error.Code);
    }

    [Fact]
    public async Task A_missing_prompt_times_out_after_the_send_timeout_and_escapes_the_text_entry()
    {
        await using var modem = await ScriptedModem.StartAsync(new AtChannelOptions { SendTimeout = TimeSpan.FromSeconds(60) });
        var send = modem.Channel.ExecuteWithPromptAsync("AT+CMGS=23", "00");
        await modem.ReceiveAsync();
        modem.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(send.IsCompleted);
        modem.Time.Advance(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<AtCommandException>(() => send.WaitAsync(Wait));
        Assert.Equal(AtFailure.Timeout, error.Failure);
        Assert.Equal("\u001B", await modem.ReceiveAsync('\u001B'));
    }

    [Fact]
    public async Task CREG_is_the_answer_to_AT_CREG_query_but_unsolicited_during_another_command()
    {
        await using var modem = await ScriptedModem.StartAsync();
        var query = modem.Channel.ExecuteAsync("AT+CREG?");
        await modem.ReceiveAsync();
        await modem.SendAsync("\r\n+CREG: 0,1\r\n\r\nOK\r\n");
        Assert.Equal(["+CREG: 0,1"], (await query.WaitAsync(Wait)).Lines);

        var other = modem.Channel.ExecuteAsync("AT+COPS?");
        await modem.ReceiveAsync();
        await modem.SendAsync("\r\n+CREG: 5\r\n+COPS: 0,0,\"XL\"\r\n\r\nOK\r\n");
        Assert.Equal(["+COPS: 0,0,\"XL\""], (await other.WaitAsync(Wait)).Lines);
        var urc = await modem.Channel.Unsolicited.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal(new UnsolicitedResult(UnsolicitedKind.Registration, "+CREG: 5"), urc);
    }

    [Fact]
    public async Task Unsolicited_results_while_idle_go_to_the_channel_in_order()
    {
        await using var modem = await ScriptedModem.StartAsync();
        await modem.SendAsync("\r\n+CMTI: \"SM\",1\r\n\r\n^BOOT:1,0,0,0,75\r\n\r\n+CDS: 25\r\n00062A0D91261832547698F0625010800000826250108000708200\r\n\r\nsomething odd\r\n");
        var results = new List<UnsolicitedResult>();
        for (var i = 0; i < 4; i++)
        {
            results.Add(await modem.Channel.Unsolicited.ReadAsync().AsTask().WaitAsync(Wait));
        }

        Assert.Equal(
            [UnsolicitedKind.NewMessage, UnsolicitedKind.VendorStatus, UnsolicitedKind.StatusReport, UnsolicitedKind.Other],
            results.Select(r => r.Kind));
        Assert.Equal("00062A0D91261832547698F0625010800000826250108000708200", results[2].Pdu);
        Assert.Equal("\"SM\",1", results[0].Value);
    }

    [Fact]
    public async Task Losing_the_link_fails_the_pending_command_and_completes_the_channel_with_a_modem_exception()
    {
        await using var modem = await ScriptedModem.StartAsync();
        var command = modem.Channel.ExecuteAsync("AT");
        await modem.ReceiveAsync();
        modem.Terminal.Dispose(); // the USB stick is pulled

        await Assert.ThrowsAsync<ModemException>(() => command.WaitAsync(Wait));
        await Assert.ThrowsAsync<ModemException>(() => modem.Channel.Completion.WaitAsync(Wait));
        await Assert.ThrowsAsync<ModemException>(() => modem.Channel.Unsolicited.Completion.WaitAsync(Wait));
        await Assert.ThrowsAsync<ModemException>(() => modem.Channel.ExecuteAsync("AT"));
    }

    [Fact]
    public async Task A_null_or_blank_command_is_rejected()
    {
        await using var modem = await ScriptedModem.StartAsync();
        await Assert.ThrowsAsync<ArgumentNullException>(() => modem.Channel.ExecuteAsync(null!));
        await Assert.ThrowsAsync<ArgumentException>(() => modem.Channel.ExecuteAsync(" "));
    }

    [Fact]
    public async Task Reading_an_empty_slot_that_Huawei_answers_with_CMS_321_gives_null()
    {
        await using var modem = await ScriptedModem.StartAsync();
        var gsm = new GsmModem(modem.Channel, new GsmModemOptions(), modem.Time);
        var read = gsm.ReadMessageAsync(5);
        Assert.Equal("AT+CMGR=5\r", await modem.ReceiveAsync());
        await modem.SendAsync("\r\n+CMS ERROR: 321\r\n");
        Assert.Null(await read.WaitAsync(Wait));
    }

    [Fact]
    public async Task Concurrent_commands_go_out_one_at_a_time_each_with_its_own_answer()
    {
        await using var modem = await ScriptedModem.StartAsync();
        var first = modem.Channel.ExecuteAsync("AT+CSQ");
        var second = modem.Channel.ExecuteAsync("AT+COPS?");
        Assert.Equal("AT+CSQ\r", await modem.ReceiveAsync());
        await modem.SendAsync("\r\n+CSQ: 9,99\r\n\r\nOK\r\n");

        // The second command reaches the modem only once the first has its final result.
        Assert.Equal("AT+COPS?\r", await modem.ReceiveAsync());
        Assert.True(first.IsCompletedSuccessfully, "AT+COPS? went out before AT+CSQ was answered");
        await modem.SendAsync("\r\n+COPS: 0,0,\"Telkomsel\"\r\n\r\nOK\r\n");
        Assert.Equal(["+CSQ: 9,99"], (await first.WaitAsync(Wait)).Lines);
        Assert.Equal(["+COPS: 0,0,\"Telkomsel\""], (await second.WaitAsync(Wait)).Lines);
    }
}
