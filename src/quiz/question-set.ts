// Questions from seeds: one for practice, and the same ten for a whole class.
import { createRng } from '../engine/index';
import type { Params } from './generators/generator';
import { GENERATORS } from './generators/registry';
import { QUIZ_LENGTH } from './progress-data';
import type { Question } from './question';
import { QUIZ_TOPICS, type QuizTopicId } from './topics';

/** The question of a topic with given (valid) parameters. */
export function questionFor(topic: QuizTopicId, params: Params): Question {
  return GENERATORS[topic].build(params);
}

/** Realistic parameters for a topic from a seed. */
export function sampleParams(topic: QuizTopicId, seed: number): Params {
  return GENERATORS[topic].sample(createRng(seed));
}

/** A question of a topic drawn from a seed. */
export function sampleQuestion(topic: QuizTopicId, seed: number): Question {
  return questionFor(topic, sampleParams(topic, seed));
}

/** The class quiz of a seed: ten topics (in lecture order), each with numbers drawn from the same seed. */
export function quizQuestions(seed: number): Question[] {
  const rng = createRng(seed);
  const order = QUIZ_TOPICS.map((topic) => topic.id);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as QuizTopicId, order[i] as QuizTopicId];
  }
  const chosen = new Set(order.slice(0, QUIZ_LENGTH));
  return QUIZ_TOPICS.filter((topic) => chosen.has(topic.id)).map((topic) => {
    const generator = GENERATORS[topic.id];
    return generator.build(generator.sample(rng));
  });
}
