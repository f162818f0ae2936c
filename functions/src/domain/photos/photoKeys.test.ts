import { contentTypeOfKey, isOwnPhotoKey, photoKey, photoPrefix } from './photoKeys';

describe('photo keys', () => {
  it('puts a photo under its hospital and uploader with the extension of its type', () => {
    expect(photoKey('h1', 'nurse-li', '01J0000000000000000000000A', 'image/jpeg')).toBe('h/h1/u/nurse-li/01J0000000000000000000000A.jpg');
    expect(photoKey('h1', 'nurse-li', 'x', 'image/heic')).toMatch(/\.heic$/);
    expect(photoPrefix('h1', 'nurse-li')).toBe('h/h1/u/nurse-li/');
  });

  it('refuses ids that could climb out of the prefix', () => {
    expect(() => photoKey('h1', '../other', 'x', 'image/png')).toThrow();
    expect(() => photoKey('h1', 'u', 'a/b', 'image/png')).toThrow();
    expect(() => photoPrefix('h/1', 'u')).toThrow();
  });

  it('accepts a key the same user built in the same hospital', () => {
    expect(isOwnPhotoKey(photoKey('h1', 'u1', 'abc', 'image/webp'), 'h1', 'u1')).toBe(true);
  });

  it('refuses keys of another user, another hospital, or another shape', () => {
    const key = photoKey('h1', 'u1', 'abc', 'image/jpeg');
    expect(isOwnPhotoKey(key, 'h1', 'u2')).toBe(false);
    expect(isOwnPhotoKey(key, 'h2', 'u1')).toBe(false);
    expect(isOwnPhotoKey('h/h1/u/u1/../u2/abc.jpg', 'h1', 'u1')).toBe(false);
    expect(isOwnPhotoKey('h/h1/u/u1/sub/abc.jpg', 'h1', 'u1')).toBe(false);
    expect(isOwnPhotoKey('h/h1/u/u1/abc.gif', 'h1', 'u1')).toBe(false);
    expect(isOwnPhotoKey('h/h1/u/u10/abc.jpg', 'h1', 'u1')).toBe(false);
    expect(isOwnPhotoKey('photos/abc.jpg', 'h1', 'u1')).toBe(false);
  });
});

describe('the content type of a key', () => {
  it('is the one its extension was built from', () => {
    expect(contentTypeOfKey(photoKey('h1', 'u1', 'a', 'image/png'))).toBe('image/png');
    expect(contentTypeOfKey(photoKey('h1', 'u1', 'a', 'image/jpeg'))).toBe('image/jpeg');
    expect(contentTypeOfKey('h/h1/u/u1/a.gif')).toBeNull();
  });
});
