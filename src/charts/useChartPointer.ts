import { useState, type FocusEvent, type PointerEvent } from 'react';

/** Where the pointer is over the plot area, in plot pixels. */
export interface PlotPointer {
  readonly x: number;
  readonly y: number;
}

/** The hover and focus state a chart needs for its read-out, and the handlers that keep it. */
export interface ChartPointer {
  /** The pointer over the plot area, or null when it is elsewhere. */
  readonly pointer: PlotPointer | null;
  /** Whether the chart has keyboard focus. */
  readonly focused: boolean;
  /** For the transparent rectangle covering the plot area. */
  readonly plotHandlers: {
    readonly onPointerMove: (event: PointerEvent<SVGRectElement>) => void;
    readonly onPointerLeave: () => void;
  };
  /** For the focusable figure. */
  readonly focusHandlers: {
    readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
    readonly onBlur: (event: FocusEvent<HTMLElement>) => void;
  };
}

/**
 * Tracks the pointer over a chart's plot area (a rectangle `plotWidth` × `plotHeight` px in the
 * SVG's own units, which may be drawn scaled by CSS) and whether the chart has keyboard focus.
 * Event-driven state only: nothing here mirrors a prop.
 */
export function useChartPointer(plotWidth: number, plotHeight: number): ChartPointer {
  const [pointer, setPointer] = useState<PlotPointer | null>(null);
  const [focused, setFocused] = useState(false);
  return {
    pointer,
    focused,
    plotHandlers: {
      onPointerMove: (event) => {
        const box = event.currentTarget.getBoundingClientRect();
        const sx = box.width > 0 ? plotWidth / box.width : 1;
        const sy = box.height > 0 ? plotHeight / box.height : 1;
        const x = (event.clientX - box.left) * sx;
        const y = (event.clientY - box.top) * sy;
        setPointer(Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null);
      },
      onPointerLeave: () => {
        setPointer(null);
      },
    },
    focusHandlers: {
      onFocus: (event) => {
        if (event.target === event.currentTarget) setFocused(true);
      },
      onBlur: (event) => {
        if (event.target === event.currentTarget) setFocused(false);
      },
    },
  };
}
