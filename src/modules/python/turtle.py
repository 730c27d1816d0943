"""Turtle graphics for the notebook, written for Saessak.

The turtle's state (position, heading, pen) is kept here in Python, with the same geometry as
CPython's turtle: the heading is an orientation vector turned by each left()/right(), and a move
adds that vector times the distance. Every visible change becomes a small drawing command sent
to the page through `_notebook.publish` as one JSON message:

    {"type": "turtle", "ops": [{"op": "line", "i": 3, ...}, {"op": "turtle", ...}]}

The page keeps the scene and draws it as SVG under the running cell (web/src/notebook/turtle-view.ts).
Moves and turns are animated at the turtle's speed by sleeping between steps with time.sleep,
the kernel's ordinary suspension, so Stop works in the middle of a drawing.

Outside the notebook (the saessak command) no host shows the commands: the state is still
computed (position(), heading() ... work) but the commands are dropped and nothing sleeps.
"""

import math
import time
import _notebook

__all__ = ['Turtle', 'RawTurtle', 'Pen', 'Screen', 'TurtleScreen', 'Vec2D', 'TNavigator',
           'TurtleGraphicsError', 'Terminator', 'done', 'mainloop', 'exitonclick', 'bye']


class TurtleGraphicsError(Exception):
    pass


class Terminator(Exception):
    pass


class Vec2D(tuple):
    """A 2D vector that prints like CPython's: (x.xx,y.yy)."""

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    def __add__(self, other):
        return Vec2D(self[0] + other[0], self[1] + other[1])

    def __sub__(self, other):
        return Vec2D(self[0] - other[0], self[1] - other[1])

    def __mul__(self, other):
        if isinstance(other, Vec2D):
            return self[0] * other[0] + self[1] * other[1]
        return Vec2D(self[0] * other, self[1] * other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return Vec2D(self[0] * other, self[1] * other)
        return NotImplemented

    def __neg__(self):
        return Vec2D(-self[0], -self[1])

    def __abs__(self):
        return math.hypot(self[0], self[1])

    def rotate(self, angle):
        """The vector turned counterclockwise by `angle` degrees."""
        perp = Vec2D(-self[1], self[0])
        angle = math.radians(angle)
        c, s = math.cos(angle), math.sin(angle)
        return Vec2D(self[0] * c + perp[0] * s, self[1] * c + perp[1] * s)

    def __getnewargs__(self):
        return (self[0], self[1])

    def __repr__(self):
        return "(%.2f,%.2f)" % self


def _num(x):
    return "%.2f" % x


from _display import _json_text as _text  # a JSON string literal for any Python str


# ---- colours ---------------------------------------------------------------------------------

def _is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


class TNavigator:
    """Position and heading, without any drawing (as CPython's TNavigator)."""

    START_ORIENTATION = {"standard": Vec2D(1.0, 0.0), "logo": Vec2D(0.0, 1.0)}
    DEFAULT_MODE = "standard"
    DEFAULT_ANGLEOFFSET = 0
    DEFAULT_ANGLEORIENT = 1

    def __init__(self, mode=DEFAULT_MODE):
        self._angleOffset = self.DEFAULT_ANGLEOFFSET
        self._angleOrient = self.DEFAULT_ANGLEORIENT
        self._mode = mode
        self.degrees()
        self._mode = None
        self._setmode(mode)
        TNavigator.reset(self)

    def reset(self):
        self._position = Vec2D(0.0, 0.0)
        self._orient = TNavigator.START_ORIENTATION[self._mode]

    def _setmode(self, mode=None):
        if mode is None:
            return self._mode
        if mode not in ("standard", "logo"):
            raise TurtleGraphicsError("No turtle-graphics-mode %s" % mode)
        self._mode = mode
        if mode == "standard":
            self._angleOffset = 0
            self._angleOrient = 1
        else:
            self._angleOffset = self._fullcircle / 4.0
            self._angleOrient = -1

    def _setDegreesPerAU(self, fullcircle):
        self._fullcircle = fullcircle
        self._degreesPerAU = 360 / fullcircle
        if self._mode == "standard":
            self._angleOffset = 0
        else:
            self._angleOffset = fullcircle / 4.0

    def degrees(self, fullcircle=360.0):
        self._setDegreesPerAU(fullcircle)

    def radians(self):
        self._setDegreesPerAU(math.tau)

    # Moves and turns go through these two, which drawing turtles override to animate.
    def _go(self, distance):
        self._goto(self._position + self._orient * distance)

    def _rotate(self, angle):
        angle *= self._degreesPerAU
        self._orient = self._orient.rotate(angle)

    def _goto(self, end):
        self._position = end

    def forward(self, distance):
        self._go(distance)

    def back(self, distance):
        self._go(-distance)

    def right(self, angle):
        self._rotate(-angle)

    def left(self, angle):
        self._rotate(angle)

    def pos(self):
        return self._position

    def xcor(self):
        return self._position[0]

    def ycor(self):
        return self._position[1]

    def goto(self, x, y=None):
        if y is None:
            self._goto(Vec2D(*x))
        else:
            self._goto(Vec2D(x, y))

    def home(self):
        self.goto(0, 0)
        self.setheading(0)

    def setx(self, x):
        self._goto(Vec2D(x, self._position[1]))

    def sety(self, y):
        self._goto(Vec2D(self._position[0], y))

    def _point(self, x, y):
        if y is not None:
            return Vec2D(x, y)
        if isinstance(x, Vec2D):
            return x
        if isinstance(x, tuple):
            return Vec2D(*x)
        if isinstance(x, TNavigator):
            return x._position
        return Vec2D(*x)

    def distance(self, x, y=None):
        return abs(self._point(x, y) - self._position)

    def _angle_of(self, vector):
        x, y = vector
        result = round(math.atan2(y, x) * 180.0 / math.pi, 10) % 360.0
        result /= self._degreesPerAU
        return (self._angleOffset + self._angleOrient * result) % self._fullcircle

    def towards(self, x, y=None):
        return self._angle_of(self._point(x, y) - self._position)

    def heading(self):
        return self._angle_of(self._orient)

    def setheading(self, to_angle):
        angle = (to_angle - self.heading()) * self._angleOrient
        full = self._fullcircle
        angle = (angle + full / 2.0) % full - full / 2.0
        self._rotate(angle)

    def circle(self, radius, extent=None, steps=None):
        """A circle (or an arc of `extent`) drawn as a regular polygon of `steps` sides."""
        speed = self.speed()
        if extent is None:
            extent = self._fullcircle
        if steps is None:
            frac = abs(extent) / self._fullcircle
            steps = 1 + int(min(11 + abs(radius) / 6.0, 59.0) * frac)
        w = 1.0 * extent / steps
        w2 = 0.5 * w
        length = 2.0 * radius * math.sin(math.radians(w2) * self._degreesPerAU)
        if radius < 0:
            length, w, w2 = -length, -w, -w2
        # Turns inside a circle are not animated; each side is.
        self._circling = True
        try:
            self._rotate(w2)
            for i in range(steps):
                self._go(length)
                self._rotate(w)
            self._rotate(-w2)
        finally:
            self._circling = False
            self._turned()

    def speed(self, s=None):
        return 0

    def _turned(self):
        pass

    fd = forward
    bk = back
    backward = back
    rt = right
    lt = left
    position = pos
    setpos = goto
    setposition = goto
    seth = setheading


# ---- the screen ------------------------------------------------------------------------------

_COLOR_CHARS = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789# ')


class TurtleScreen:
    """The drawing area: its size, background, the turtles on it, and the command channel."""

    def __init__(self):
        self._turtles = []
        self._width = 400
        self._height = 400
        self._bg = "white"
        self._colormode = 1.0
        self._tracing = 1
        self._delay = 10
        self._title = ""
        self._items = 0
        self._ops = []
        self._live = _notebook.live()
        self._emit('{"op":"reset","w":%d,"h":%d,"bg":%s}' % (self._width, self._height, _text(self._bg)))

    # -- the channel to the page --
    def _emit(self, op):
        if self._live:
            self._ops.append(op)

    def _flush(self):
        """Send what was drawn since the last flush (unless tracer(0) holds it back)."""
        if self._ops and self._tracing:
            message = '{"type":"turtle","ops":[' + ','.join(self._ops) + ']}'
            self._ops = []
            _notebook.publish(message)

    def _new_item(self):
        self._items += 1
        return self._items

    def _pause(self):
        """One animation frame: show it, then wait the screen's delay."""
        self._flush()
        if self._live and self._tracing and self._delay > 0:
            time.sleep(self._delay / 1000.0)

    # -- colours --
    def _color_text(self, args):
        """The SVG colour for a colour argument: a name, '#rrggbb', or an (r, g, b) tuple."""
        if len(args) == 1:
            c = args[0]
        elif len(args) == 3:
            c = tuple(args)
        else:
            raise TurtleGraphicsError("bad color arguments: %s" % str(args))
        if isinstance(c, str):
            if not c or not set(c) <= _COLOR_CHARS:
                raise TurtleGraphicsError("bad color string: %s" % str(c))
            if c.startswith('#') and len(c) not in (4, 7):
                raise TurtleGraphicsError("bad color string: %s" % str(c))
            return c
        try:
            r, g, b = c
        except (TypeError, ValueError):
            raise TurtleGraphicsError("bad color arguments: %s" % str(c))
        if not (_is_number(r) and _is_number(g) and _is_number(b)):
            raise TurtleGraphicsError("bad color sequence: %s" % str(c))
        if self._colormode == 1.0:
            r, g, b = [round(255.0 * x) for x in (r, g, b)]
        if not (0 <= r <= 255 and 0 <= g <= 255 and 0 <= b <= 255):
            raise TurtleGraphicsError("bad color sequence: %s" % str(c))
        return "#%02x%02x%02x" % (int(r), int(g), int(b))

    def _color_value(self, text):
        """What pencolor() returns for a stored colour: the name, or a tuple in colormode."""
        if text.startswith('#') and len(text) == 7:
            rgb = [int(text[i:i + 2], 16) for i in (1, 3, 5)]
            if self._colormode == 1.0:
                return tuple(x / 255.0 for x in rgb)
            return tuple(rgb)
        return text

    def colormode(self, cmode=None):
        if cmode is None:
            return self._colormode
        if cmode == 1.0:
            self._colormode = float(cmode)
        elif cmode == 255:
            self._colormode = int(cmode)

    # -- the screen's own settings --
    def bgcolor(self, *args):
        if not args:
            return self._color_value(self._bg)
        self._bg = self._color_text(args)
        self._emit('{"op":"bg","c":%s}' % _text(self._bg))
        self._flush()

    def setup(self, width=0.5, height=0.75, startx=None, starty=None):
        # Fractions mean parts of a screen; the page's drawing area stands for an 800×600 one.
        if isinstance(width, float) and 0 <= width <= 1:
            width = int(800 * width)
        if isinstance(height, float) and 0 <= height <= 1:
            height = int(600 * height)
        self._width = max(1, int(width))
        self._height = max(1, int(height))
        self._emit('{"op":"size","w":%d,"h":%d}' % (self._width, self._height))
        self._flush()

    def screensize(self, canvwidth=None, canvheight=None, bg=None):
        if canvwidth is None and canvheight is None and bg is None:
            return (self._width, self._height)
        if canvwidth is not None or canvheight is not None:
            self.setup(canvwidth or self._width, canvheight or self._height)
        if bg is not None:
            self.bgcolor(bg)

    def window_width(self):
        return self._width

    def window_height(self):
        return self._height

    def title(self, titlestring):
        self._title = str(titlestring)

    def tracer(self, n=None, delay=None):
        """tracer(0) holds the drawing back until update(); tracer(1) animates again."""
        if n is None:
            return self._tracing
        self._tracing = int(n)
        if delay is not None:
            self._delay = int(delay)
        if self._tracing:
            self._flush()

    def update(self):
        tracing = self._tracing
        self._tracing = 1
        for t in self._turtles:
            t._show_turtle()
        self._flush()
        self._tracing = tracing

    def delay(self, delay=None):
        if delay is None:
            return self._delay
        self._delay = int(delay)

    def turtles(self):
        return list(self._turtles)

    def clear(self):
        """Removes every drawing and turtle; the screen starts afresh."""
        self._turtles = []
        self._bg = "white"
        self._emit('{"op":"reset","w":%d,"h":%d,"bg":%s}' % (self._width, self._height, _text(self._bg)))
        self._flush()

    clearscreen = clear

    def reset(self):
        for t in self._turtles:
            t.reset()

    resetscreen = reset

    def mode(self, mode=None):
        if mode is None:
            return self._turtles[0]._mode if self._turtles else "standard"
        for t in self._turtles:
            t.mode(mode)  # as CPython: each turtle starts again in the new mode

    # Events need a window that waits for clicks and keys; here a program runs from top to end.
    def onclick(self, fun, btn=1, add=None):
        pass

    onscreenclick = onclick

    def onkey(self, fun, key):
        pass

    onkeypress = onkey
    onkeyrelease = onkey

    def listen(self, xdummy=None, ydummy=None):
        pass

    def ontimer(self, fun, t=0):
        pass

    def mainloop(self):
        """Shows what tracer(0) held back; there is no window to wait for."""
        self.update()

    done = mainloop

    def exitonclick(self):
        self.update()

    def bye(self):
        self.update()

    def getcanvas(self):
        return None

    def register_shape(self, name, shape=None):
        pass

    addshape = register_shape

    def getshapes(self):
        return sorted(_SHAPES)

    def textinput(self, title, prompt):
        return input(prompt)

    def numinput(self, title, prompt, default=None, minval=None, maxval=None):
        text = input(prompt)
        try:
            return float(text)
        except ValueError:
            return default


_screen = None


def Screen():
    """The one screen, as in CPython: made when first asked for."""
    global _screen
    if _screen is None:
        _screen = TurtleScreen()
    return _screen


_turtles_made = 0
_SHAPES = {"classic", "arrow", "turtle", "circle", "square", "triangle", "blank"}
_SPEEDS = {'fastest': 0, 'fast': 10, 'normal': 6, 'slow': 3, 'slowest': 1}


class RawTurtle(TNavigator):
    """A turtle that draws on the screen."""

    def __init__(self, canvas=None, shape="classic", undobuffersize=1000, visible=True):
        self.screen = canvas if isinstance(canvas, TurtleScreen) else Screen()
        self.screen._turtles.append(self)
        global _turtles_made
        _turtles_made += 1
        self._index = _turtles_made
        self._shape = shape if shape in _SHAPES else "classic"
        self._visible = bool(visible)
        self._circling = False
        TNavigator.__init__(self, "standard")
        self._pen_reset()
        self._show_turtle()
        self.screen._flush()

    def _pen_reset(self):
        self._pendown = True
        self._pensize = 1
        self._pencolor = "black"
        self._fillcolor = "black"
        self._speed = 3
        self._fill_item = None
        self._fill_points = None
        self._line = None  # the item of the segment being drawn, while animating it

    def reset(self):
        """Back home, pen settings as new, and this turtle's drawings removed."""
        TNavigator.reset(self)
        self._pen_reset()
        self.clear()

    def clear(self):
        self.screen._emit('{"op":"clear","o":%d}' % self._index)
        self._show_turtle()
        self.screen._flush()

    # -- what the page sees --
    def _show_turtle(self):
        x, y = self._position
        self.screen._emit('{"op":"turtle","t":%d,"x":%s,"y":%s,"h":%s,"v":%d,"c":%s,"f":%s,"s":%s,"w":%s}' % (
            self._index, _num(x), _num(y), _num(self._screen_angle()), 1 if self._visible else 0,
            _text(self._pencolor), _text(self._fillcolor), _text(self._shape), _num(self._pensize)))

    def _screen_angle(self):
        """Where the turtle points on the page, in degrees counterclockwise from east."""
        return math.degrees(math.atan2(self._orient[1], self._orient[0]))

    def _line_op(self, item, start, end):
        return '{"op":"line","i":%d,"o":%d,"x1":%s,"y1":%s,"x2":%s,"y2":%s,"c":%s,"w":%s}' % (
            item, self._index, _num(start[0]), _num(start[1]), _num(end[0]), _num(end[1]),
            _text(self._pencolor), _num(self._pensize))

    def _animates(self):
        s = self.screen
        return s._live and s._tracing and self._speed > 0

    # -- moving, animated at the turtle's speed (steps as in CPython's turtle) --
    def _goto(self, end):
        start = self._position
        screen = self.screen
        item = screen._new_item() if self._pendown else 0
        if self._animates():
            diff = end - start
            hops = 1 + int(abs(diff) / (3 * (1.1 ** self._speed) * self._speed))
            step = diff * (1.0 / hops)
            for n in range(1, hops):
                self._position = start + step * n
                if item:
                    screen._emit(self._line_op(item, start, self._position))
                self._show_turtle()
                screen._pause()
        self._position = end
        if item:
            screen._emit(self._line_op(item, start, end))
        if self._fill_points is not None:
            self._fill_points.append(end)
        self._show_turtle()
        if self._animates():
            screen._pause()
        else:
            screen._flush()

    def _rotate(self, angle):
        angle *= self._degreesPerAU
        # The heading after the turn is one rotation, as in CPython (the same rounding); the
        # steps in between are only shown.
        final = self._orient.rotate(angle)
        if self._animates() and not self._circling and self._visible:
            steps = 1 + int(abs(angle) / (3.0 * self._speed))
            delta = angle / steps
            for _ in range(steps - 1):
                self._orient = self._orient.rotate(delta)
                self._show_turtle()
                self.screen._pause()
            self._orient = final
            self._show_turtle()
            self.screen._pause()
        else:
            self._orient = final
            if not self._circling:
                self._turned()

    def _turned(self):
        self._show_turtle()
        self.screen._flush()

    # -- the pen --
    def speed(self, speed=None):
        if speed is None:
            return self._speed
        if speed in _SPEEDS:
            speed = _SPEEDS[speed]
        elif 0.5 < speed < 10.5:
            speed = int(round(speed))
        else:
            speed = 0
        self._speed = speed

    def penup(self):
        self._pendown = False

    def pendown(self):
        self._pendown = True

    def isdown(self):
        return self._pendown

    def pensize(self, width=None):
        if width is None:
            return self._pensize
        self._pensize = width
        self._show_turtle()
        self.screen._flush()

    def pencolor(self, *args):
        if not args:
            return self.screen._color_value(self._pencolor)
        self._pencolor = self.screen._color_text(args)
        self._show_turtle()
        self.screen._flush()

    def fillcolor(self, *args):
        if not args:
            return self.screen._color_value(self._fillcolor)
        self._fillcolor = self.screen._color_text(args)
        self._show_turtle()
        self.screen._flush()

    def color(self, *args):
        if not args:
            return (self.pencolor(), self.fillcolor())
        if len(args) == 1 or len(args) == 3:
            c = self.screen._color_text(args)
            self._pencolor = self._fillcolor = c
        elif len(args) == 2:
            self._pencolor = self.screen._color_text((args[0],))
            self._fillcolor = self.screen._color_text((args[1],))
        else:
            raise TurtleGraphicsError("bad color arguments: %s" % str(args))
        self._show_turtle()
        self.screen._flush()

    def pen(self, pen=None, **pendict):
        if pen is None and not pendict:
            return {"shown": self._visible, "pendown": self._pendown, "pencolor": self.pencolor(),
                    "fillcolor": self.fillcolor(), "pensize": self._pensize, "speed": self._speed}
        settings = dict(pen or {})
        settings.update(pendict)
        for key, value in settings.items():
            if key == "shown":
                self._visible = bool(value)
            elif key == "pendown":
                self._pendown = bool(value)
            elif key == "pencolor":
                self.pencolor(value)
            elif key == "fillcolor":
                self.fillcolor(value)
            elif key == "pensize":
                self._pensize = value
            elif key == "speed":
                self.speed(value)
        self._show_turtle()
        self.screen._flush()

    # -- filling --
    def filling(self):
        return self._fill_points is not None

    def begin_fill(self):
        # The shape is made now, empty, so that it lies under the lines drawn while filling.
        self._fill_item = self.screen._new_item()
        self._fill_points = [self._position]
        self.screen._emit('{"op":"poly","i":%d,"o":%d,"p":[],"c":%s}' % (
            self._fill_item, self._index, _text(self._fillcolor)))

    def end_fill(self):
        if self._fill_points is None:
            return
        points = ','.join('[%s,%s]' % (_num(p[0]), _num(p[1])) for p in self._fill_points)
        self.screen._emit('{"op":"poly","i":%d,"o":%d,"p":[%s],"c":%s}' % (
            self._fill_item, self._index, points, _text(self._fillcolor)))
        self._fill_points = None
        self._fill_item = None
        self.screen._flush()

    # -- marks --
    def dot(self, size=None, *color):
        if size is not None and not _is_number(size):
            color = (size,) + color
            size = None
        if size is None:
            size = max(self._pensize + 4, 2 * self._pensize)
        c = self.screen._color_text(color) if color else self._pencolor
        x, y = self._position
        self.screen._emit('{"op":"dot","i":%d,"o":%d,"x":%s,"y":%s,"r":%s,"c":%s}' % (
            self.screen._new_item(), self._index, _num(x), _num(y), _num(size / 2.0), _text(c)))
        self.screen._flush()

    def write(self, arg, move=False, align="left", font=("Arial", 8, "normal")):
        text = str(arg)
        family, size, style = (tuple(font) + ("Arial", 8, "normal"))[:3]
        x, y = self._position
        if align not in ("left", "center", "right"):
            align = "left"
        self.screen._emit('{"op":"text","i":%d,"o":%d,"x":%s,"y":%s,"t":%s,"c":%s,"a":%s,"ff":%s,"fs":%d,"st":%s}' % (
            self.screen._new_item(), self._index, _num(x), _num(y), _text(text), _text(self._pencolor),
            _text(align), _text(str(family)), int(size), _text(str(style))))
        if move:
            # Roughly the text's width: CPython measures it in the window.
            pendown = self._pendown
            self._pendown = False
            self._goto(self._position + Vec2D(len(text) * int(size) * 0.6, 0))
            self._pendown = pendown
        self.screen._flush()

    def stamp(self):
        x, y = self._position
        item = self.screen._new_item()
        self.screen._emit('{"op":"stamp","i":%d,"o":%d,"x":%s,"y":%s,"h":%s,"c":%s,"f":%s,"s":%s}' % (
            item, self._index, _num(x), _num(y), _num(self._screen_angle()),
            _text(self._pencolor), _text(self._fillcolor), _text(self._shape)))
        self.screen._flush()
        return item

    # -- the turtle's look --
    def hideturtle(self):
        self._visible = False
        self._show_turtle()
        self.screen._flush()

    def showturtle(self):
        self._visible = True
        self._show_turtle()
        self.screen._flush()

    def isvisible(self):
        return self._visible

    def shape(self, name=None):
        if name is None:
            return self._shape
        if name not in _SHAPES:
            raise TurtleGraphicsError("There is no shape named %s" % name)
        self._shape = name
        self._show_turtle()
        self.screen._flush()

    def mode(self, mode=None):
        if mode is None:
            return self._mode
        self._setmode(mode)
        self.reset()

    def getscreen(self):
        return self.screen

    def getturtle(self):
        return self

    getpen = getturtle

    def onclick(self, fun, btn=1, add=None):
        pass

    onrelease = onclick
    ondrag = onclick

    def undo(self):
        pass

    def shapesize(self, stretch_wid=None, stretch_len=None, outline=None):
        return (1.0, 1.0, 1)

    turtlesize = shapesize

    pu = penup
    up = penup
    pd = pendown
    down = pendown
    width = pensize
    ht = hideturtle
    st = showturtle


class Turtle(RawTurtle):
    def __init__(self, shape="classic", undobuffersize=1000, visible=True):
        RawTurtle.__init__(self, Screen(), shape, undobuffersize, visible)


Pen = Turtle
RawPen = RawTurtle

# ---- the module's functions: the anonymous turtle and the screen -----------------------------

_turtle = None


def getturtle():
    global _turtle
    if _turtle is None or _turtle.screen is not Screen() or _turtle not in Screen()._turtles:
        _turtle = Turtle()
    return _turtle


getpen = getturtle

_TURTLE_METHODS = [
    'back', 'backward', 'begin_fill', 'bk', 'circle', 'clear', 'color', 'degrees', 'distance',
    'dot', 'down', 'end_fill', 'fd', 'fillcolor', 'filling', 'forward', 'goto', 'heading',
    'hideturtle', 'home', 'ht', 'isdown', 'isvisible', 'left', 'lt', 'pd', 'pen', 'pencolor',
    'pendown', 'pensize', 'penup', 'pos', 'position', 'pu', 'radians', 'reset', 'right', 'rt',
    'seth', 'setheading', 'setpos', 'setposition', 'setx', 'sety', 'shape', 'shapesize',
    'showturtle', 'speed', 'st', 'stamp', 'towards', 'turtlesize', 'undo', 'up', 'width',
    'write', 'xcor', 'ycor', 'onrelease', 'ondrag',
]

_SCREEN_METHODS = [
    'bgcolor', 'colormode', 'delay', 'exitonclick', 'getcanvas', 'getshapes', 'listen',
    'mainloop', 'numinput', 'onkey', 'onkeypress', 'onkeyrelease', 'onscreenclick', 'ontimer',
    'register_shape', 'addshape', 'screensize', 'setup', 'textinput', 'title', 'tracer',
    'turtles', 'update', 'window_height', 'window_width', 'bye', 'done', 'clearscreen',
    'resetscreen', 'mode',
]


def _turtle_function(name):
    def function(*args, **kwargs):
        return getattr(getturtle(), name)(*args, **kwargs)
    function.__name__ = name
    return function


def _screen_function(name):
    def function(*args, **kwargs):
        return getattr(Screen(), name)(*args, **kwargs)
    function.__name__ = name
    return function


for _name in _TURTLE_METHODS:
    globals()[_name] = _turtle_function(_name)
for _name in _SCREEN_METHODS:
    globals()[_name] = _screen_function(_name)
del _name

onclick = _screen_function('onclick')
__all__ += _TURTLE_METHODS + _SCREEN_METHODS + ['onclick', 'getturtle', 'getpen']
