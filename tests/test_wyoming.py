"""The Wyoming handle service over the real protocol, one connection per turn as Home Assistant does."""

import asyncio
import socket
import threading
import time

import pytest
from wyoming.asr import Transcript
from wyoming.client import AsyncTcpClient
from wyoming.event import Event
from wyoming.handle import Handled, NotHandled
from wyoming.info import Describe, Info

from assistant.messages import Reply
from assistant.wyoming_service import Rooms, WyomingSettings, room_of, serve


class FakeSessions:
    """Answers with its session id, so tests can see which conversation a turn landed in."""

    def __init__(self):
        self.count = 0

    def open_session(self):
        self.count += 1
        return f"s{self.count}", Reply(texts=("Good evening.", "What's on your mind?"), asking="topic")

    def respond_in(self, session, text):
        return Reply(texts=(f"{session} heard", f"{text}?"), ended=text == "goodbye")


def start_service(rooms):
    """The service on a free loopback port, in a thread of its own; its URI once it accepts connections."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = WyomingSettings(uri=f"tcp://127.0.0.1:{port}")
    # A plain asyncio loop of its own: Rasa, once imported, makes uvloop the default, and uvloop refuses
    # the SIGTERM handler the server sets from a thread that is not the main one.
    threading.Thread(target=lambda: asyncio.SelectorEventLoop().run_until_complete(serve(settings, rooms)),
                     daemon=True).start()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return port
        except OSError:
            time.sleep(0.05)
    raise AssertionError("the service did not start")


async def one_turn(port, event):
    """One connection, one event, one answer: how Home Assistant talks to a handle service."""
    async with AsyncTcpClient("127.0.0.1", port) as client:
        await client.write_event(event)
        return await asyncio.wait_for(client.read_event(), timeout=30)


def say(port, text, **context):
    answer = asyncio.run(one_turn(port, Transcript(text, context=context or None, language="en").event()))
    assert Handled.is_type(answer.type) or NotHandled.is_type(answer.type), answer.type
    return Handled.is_type(answer.type), (answer.data or {}).get("text")


def test_describe_is_answered_at_once_while_the_dialogue_is_still_loading():
    loaded = threading.Event()
    rooms = Rooms(lambda: loaded.wait(30) and FakeSessions())
    port = start_service(rooms)
    start = time.monotonic()
    answer = asyncio.run(one_turn(port, Describe().event()))
    assert time.monotonic() - start < 1.0 and Info.is_type(answer.type)
    [program] = Info.from_event(answer).handle
    assert program.name == "evening-reflection" and program.installed and program.models[0].languages == ["en"]
    handled, text = say(port, "hello", satellite_id="kitchen")
    assert not handled and "starting up" in text
    loaded.set()


def test_two_satellites_interleaved_keep_their_own_conversations():
    sessions = FakeSessions()
    port = start_service(Rooms(lambda: sessions))
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and sessions.count == 0 and not say(port, "warm up", conversation_id="x")[0]:
        time.sleep(0.05)
    kitchen = [say(port, f"kitchen {n}", satellite_id="kitchen", conversation_id=f"k{n}")[1] for n in range(2)]
    bedroom = say(port, "bedroom 0", satellite_id="bedroom")[1]
    kitchen.append(say(port, "kitchen 2", satellite_id="kitchen")[1])
    assert len({text.split()[0] for text in kitchen}) == 1  # one conversation, whatever the conversation id
    assert bedroom.split()[0] != kitchen[0].split()[0]
    assert kitchen[0].endswith("heard kitchen 0?")  # several bot messages, one spoken reply


def test_empty_or_garbage_events_get_not_handled_and_the_service_goes_on():
    port = start_service(Rooms(FakeSessions))
    time.sleep(0.2)
    garbage = asyncio.run(one_turn(port, Event(type="audio-chunk", data={"rate": 16000})))
    assert NotHandled.is_type(garbage.type)
    assert say(port, "   ", device_id="hall") == (False, "I didn't hear anything.")
    no_text = asyncio.run(one_turn(port, Event(type="transcript", data={})))
    assert NotHandled.is_type(no_text.type)
    assert say(port, "still here", device_id="hall")[0]


def test_many_connections_at_once_are_all_served():
    port = start_service(Rooms(FakeSessions))
    time.sleep(0.2)

    async def many():
        return await asyncio.gather(*(one_turn(port, Transcript(f"room {n}", context={"satellite_id": f"r{n}"}).event())
                                      for n in range(30)))

    answers = asyncio.run(many())
    assert all(Handled.is_type(a.type) for a in answers)
    assert len({a.data["text"].split()[0] for a in answers}) == 30


def test_a_room_left_alone_starts_afresh_and_a_goodbye_ends_it():
    now = [0.0]
    sessions = FakeSessions()
    rooms = Rooms(lambda: sessions, idle_minutes=10, clock=lambda: now[0])
    while not rooms.ready:
        time.sleep(0.01)
    first = rooms.turn("satellite_id:den", "he forgot")[1].split()[0]
    now[0] += 9 * 60
    assert rooms.turn("satellite_id:den", "and then")[1].split()[0] == first
    now[0] += 11 * 60
    later = rooms.turn("satellite_id:den", "again")[1].split()[0]
    assert later != first
    rooms.turn("satellite_id:den", "goodbye")
    assert rooms.turn("satellite_id:den", "hi")[1].split()[0] not in (first, later)


def test_which_room_a_transcript_belongs_to():
    assert room_of({"conversation_id": "c", "device_id": "d", "satellite_id": "s"}) == "satellite_id:s"
    assert room_of({"conversation_id": "c", "device_id": "d"}) == "device_id:d"
    assert room_of({"conversation_id": "c"}) == "conversation_id:c"
    assert room_of(None) is None


def test_listening_beyond_loopback_must_be_asked_for():
    with pytest.raises(ValueError, match="no authentication"):
        WyomingSettings(uri="tcp://0.0.0.0:10700")
    assert WyomingSettings(uri="tcp://0.0.0.0:10700", allow_network=True).allow_network


REFLECTION = ["something my wife did has been bothering me", "she was on her phone all through dinner",
              "i was irritated", "i went quiet", "i felt lonely and a bit scared",
              "i need to know she still wants to spend time with me", "yes thats right"]


def test_a_whole_reflection_and_a_disclosure_over_wyoming(dialogue):
    port = start_service(Rooms(lambda: dialogue))
    while not say(port, "hello", satellite_id="warmup")[0]:
        time.sleep(0.2)
    replies = [say(port, line, satellite_id="living-room", conversation_id=f"c{n}") for n, line in enumerate(REFLECTION)]
    assert all(handled for handled, _ in replies)
    assert "lonely" in replies[-1][1] and "?" in replies[-1][1]  # the phrase, read as one reply
    handled, crisis = say(port, "my husband hit me again tonight and im scared to go home", satellite_id="bedroom")
    assert handled and "1-800-799-7233" in crisis  # the safety path, the same as by voice
