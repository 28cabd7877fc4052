import { SE_EXAMPLE_PARAMS } from '../se/example-params';
import type { SlideMeta } from '../slide-meta';

export const meta: SlideMeta = {
  id: 'se-excitation',
  title: 'Excitation: learning channel dependencies',
  section: 'SE block',
  params: SE_EXAMPLE_PARAMS,
  fills: [
    's = σ(W₂ δ(W₁ z)) with W₁ ∈ ℝ^{C/r × C} and W₂ ∈ ℝ^{C × C/r}',
    'Parameters: 2C²/r weights, plus C/r + C biases',
  ],
  quizTopic: 'se-params',
  notes: {
    keyPoint:
      'Two small FC layers with a bottleneck of C/r units learn how channels relate; the sigmoid turns the result into one weight per channel in (0, 1). The cost is 2C²/r weights: quadratic in C, divided by r.',
    mistakes:
      'Using softmax instead of sigmoid (channels are not competing: several can be important at once), or counting the parameters as C²/r (there are two matrices) and forgetting the biases. In EfficientNet, C/r comes from the block’s input channels (C_in/4), not from the expanded channels SE acts on.',
    question:
      'Halve r from 16 to 8: what happens to the SE parameter count? (The 2C²/r weights double.) Why not use r = 1? (Twice the parameters of r = 2 and more risk of overfitting, for little gain in the paper.)',
  },
};
