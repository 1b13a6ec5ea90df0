import { describe, expect, it } from 'vitest';
import { isListed, listedAs, modelCause, modelWithOtherCase } from '../../../../electron/shared/models';

describe('comparing a model with a host list', () => {
  it('takes Ollama\'s implicit :latest tag as the same model, both ways', () => {
    expect(isListed('llama3.2', ['llama3.2:latest', 'qwen2.5:7b'])).toBe(true);
    expect(listedAs('llama3.2', ['llama3.2:latest'])).toBe('llama3.2:latest');
    expect(isListed('llama3.2:latest', ['llama3.2'])).toBe(true);
    expect(modelCause('llama3.2', ['llama3.2:latest'])).toBeUndefined();
  });

  it('does not take another tag for the model', () => {
    expect(modelCause('qwen2.5', ['qwen2.5:7b'])).toBe('model-unknown');
    expect(modelCause('llama3.2:1b', ['llama3.2:latest'])).toBe('model-unknown');
  });

  it("takes Google's models/ prefix as the same model", () => {
    expect(isListed('gemini-2.5-flash', ['models/gemini-2.5-flash'])).toBe(true);
  });

  it('names a case difference, also through an alias', () => {
    expect(modelCause('Llama3.2', ['llama3.2:latest'])).toBe('model-case');
    expect(modelWithOtherCase('Meta-Llama/X', ['meta-llama/X'])).toBe('meta-llama/X');
    expect(modelCause('other', ['meta-llama/X'])).toBe('model-unknown');
  });

  it('says nothing without a list', () => {
    expect(modelCause('x', [])).toBeUndefined();
    expect(modelCause('x', undefined)).toBeUndefined();
  });
});
