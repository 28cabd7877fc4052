import type { ParamSpec, ParamValue, ParamValues } from '../store/param-schema';

/** What the presenter reads beside a slide. */
export interface SpeakerNotes {
  /** The one thing the room should take away. */
  readonly keyPoint: string;
  /** The mistakes students make here. */
  readonly mistakes: string;
  /** A question to ask the room. */
  readonly question: string;
}

/** A slide's description, loaded eagerly (outline, links, presenter); its panel loads on demand. */
export interface SlideMeta {
  /** Deep-link name, `#/<id>`, from ../shared/spec/lecture-map.md. */
  readonly id: string;
  readonly title: string;
  /** Part of the lecture, for the outline: "Motivation", "MobileNet", "EfficientNet". */
  readonly section: string;
  readonly params: readonly ParamSpec[];
  /** The lecture's blanks on this slide, in reveal order, in words. */
  readonly fills: readonly string[];
  /** The quiz topic of the slide's "check yourself" link, if it has one. */
  readonly quizTopic?: string;
  readonly notes: SpeakerNotes;
}

/** What every slide panel receives. */
export interface SlideProps {
  readonly values: ParamValues;
  readonly set: (key: string, value: ParamValue) => void;
}
